package dev.mlbom.benchmarks.canonical;

import dev.mlbom.canonical.CanonicalizationException;
import dev.mlbom.canonical.Canonicalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * RFC 8785 canonicalization of a generated ~50 MB manifest-like document. mlbom runs in a fork
 * with {@code -Xmx256m} (the document, its canonical form and the parse state must fit); erdtman's
 * canonicalizer needs far more heap and gets its own fork with {@code -Xmx8g}, whose setup also
 * checks that both outputs are byte-identical.
 *
 * <p>JMH state; each thread uses its own instance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class CanonicalizeLargeBenchmark {

    /** Approximate document size in bytes. */
    @Param({"50000000"})
    public int size;

    private byte[] json;
    private String text;

    /**
     * Generates the document; in erdtman's fork also checks that both canonicalizers agree.
     *
     * @param params the benchmark being set up
     * @throws Exception if the outputs differ or a canonicalizer rejects the document
     */
    @Setup(Level.Trial)
    public void setup(BenchmarkParams params) throws Exception {
        json = ManifestDocuments.generate(8785, size);
        if (params.getBenchmark().endsWith("erdtman")) {
            text = new String(json, StandardCharsets.UTF_8);
            byte[] theirs = new JsonCanonicalizer(text).getEncodedUTF8();
            CanonicalizeBenchmark.requireIdentical(Canonicalizer.strict().canonicalize(json), theirs);
        } else {
            Canonicalizer.strict().canonicalize(json); // fails the run if rejected
        }
    }

    /**
     * mlbom, bytes in, bytes out, in a 256 MiB heap.
     *
     * @return the canonical bytes
     * @throws CanonicalizationException never for the generated document
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
    public byte[] mlbom() throws CanonicalizationException {
        return Canonicalizer.strict().canonicalize(json);
    }

    /**
     * erdtman java-json-canonicalization 1.1, String in, bytes out, in an 8 GiB heap.
     *
     * @return the canonical bytes
     * @throws IOException never for the generated document
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
    public byte[] erdtman() throws IOException {
        return new JsonCanonicalizer(text).getEncodedUTF8();
    }
}
