package dev.mlbom.benchmarks.canonical;

import dev.mlbom.canonical.CanonicalizationException;
import dev.mlbom.canonical.Canonicalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.erdtman.jcs.JsonCanonicalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * RFC 8785 canonicalization of a generated ~1 MB manifest-like document: mlbom's
 * {@link Canonicalizer} against {@code org.erdtman.jcs.JsonCanonicalizer} (1.1). Setup fails the
 * run unless both give byte-identical output.
 *
 * <p>erdtman's canonicalizer takes a {@code String}, so it is given the already decoded text
 * (its UTF-8 decoding is not timed); mlbom starts from the bytes.
 *
 * <p>JMH state; each thread uses its own instance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CanonicalizeBenchmark {

    /** Approximate document size in bytes. */
    @Param({"1000000"})
    public int size;

    private byte[] json;
    private String text;

    /**
     * Generates the document and checks that both canonicalizers agree on it.
     *
     * @throws Exception if they disagree or either rejects the document
     */
    @Setup(Level.Trial)
    public void setup() throws Exception {
        json = ManifestDocuments.generate(8785, size);
        text = new String(json, StandardCharsets.UTF_8);
        byte[] ours = Canonicalizer.strict().canonicalize(json);
        byte[] theirs = new JsonCanonicalizer(text).getEncodedUTF8();
        requireIdentical(ours, theirs);
    }

    static void requireIdentical(byte[] ours, byte[] theirs) {
        if (!Arrays.equals(ours, theirs)) {
            int i = Arrays.mismatch(ours, theirs);
            int from = Math.max(0, i - 60);
            throw new IllegalStateException("canonical outputs differ at byte " + i + ":\n mlbom:   "
                    + new String(ours, from, Math.min(ours.length - from, 120), StandardCharsets.UTF_8)
                    + "\n erdtman: " + new String(theirs, from, Math.min(theirs.length - from, 120), StandardCharsets.UTF_8));
        }
    }

    /**
     * mlbom, bytes in, bytes out.
     *
     * @return the canonical bytes
     * @throws CanonicalizationException never for the generated document
     */
    @Benchmark
    public byte[] mlbom() throws CanonicalizationException {
        return Canonicalizer.strict().canonicalize(json);
    }

    /**
     * erdtman java-json-canonicalization 1.1, String in, bytes out.
     *
     * @return the canonical bytes
     * @throws IOException never for the generated document
     */
    @Benchmark
    public byte[] erdtman() throws IOException {
        return new JsonCanonicalizer(text).getEncodedUTF8();
    }
}
