package dev.mlbom.benchmarks.verify;

import dev.mlbom.Provenance;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.model.ComponentKind;
import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.DatasetSourceType;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.TrainingProcedure;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.verify.Policy;
import dev.mlbom.verify.VerifiedProvenance;
import dev.mlbom.verify.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The verification gate's overhead beyond hashing: reading the envelope, checking the signature,
 * the canonical payload, the schema, the required fields, subjects, freshness and rollback, for a
 * manifest of about 1 MB. The model is one 16-byte file, so hashing is negligible and what is
 * measured is the rest (issue target: under 50 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VerifyOverheadBenchmark {

    /** Signature algorithm of the signing key. */
    @Param({"ed25519", "ecdsa-p256-sha256"})
    public String algorithm;

    private Path dir;
    private Path model;
    private Policy policy;
    /** Size of the manifest's JSON form, reported once at setup. */
    private int manifestBytes;

    /** Builds a ~1 MB manifest, a one-file model, a key, and signs. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("mlbom-verify-bench");
        model = Files.createDirectories(dir.resolve("model"));
        Files.write(model.resolve("weights.bin"), new byte[16]);
        Manifest manifest = largeManifest(2_400);
        manifestBytes = ManifestCodec.json().write(manifest).length;
        if (manifestBytes < 900_000) {
            throw new IllegalStateException("manifest too small for the benchmark: " + manifestBytes + " bytes");
        }
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.fromId(algorithm).orElseThrow());
        ProvenanceSigner.builder().signer(key.signer()).build().sign(manifest, model);
        policy = Policy.builder().trust(key.publicKey().verifier()).build();
        System.out.println("\nmanifest JSON size: " + manifestBytes + " bytes");
    }

    /** Removes the temporary files. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * One full verification.
     *
     * @return the verified provenance (consumed by JMH)
     * @throws Exception when verification fails (it must not)
     */
    @Benchmark
    public VerifiedProvenance verify() throws Exception {
        return Verifier.verify(model, policy);
    }

    static Manifest largeManifest(int datasets) throws Exception {
        Manifest.Builder builder = Provenance.builder()
                .model(m -> m.name("acme/large-record").version("1.0.0").architecture("LlamaForCausalLM")
                        .license("Apache-2.0").description("A manifest with many datasets and dependencies"))
                .training(t -> t.procedure(TrainingProcedure.FULL_FINE_TUNE).epochs(2).learningRate(1.5e-5)
                        .batchSize(512).hyperparameter("warmup_ratio", 0.03).hyperparameter("scheduler", "cosine"))
                .evaluation(e -> {
                    for (int i = 0; i < 200; i++) {
                        e.benchmark("bench-" + i, "suite " + i, "accuracy", i / 200.0, LocalDate.of(2026, 10, 1 + i % 28));
                    }
                })
                .operations(o -> o.permitTool("search").safetyFilter("pii-redactor", "1.2")
                        .deploymentConstraint("EU region only"));
        for (int i = 0; i < datasets; i++) {
            int n = i;
            builder.dataset(d -> d.name("corpus-" + n).version("2026-" + (1 + n % 12)).role(DatasetRole.TRAINING)
                    .sourceType(DatasetSourceType.CRAWLED).license("CC-BY-4.0").uri("s3://acme-data/corpus/" + n + "/")
                    .filtering("near-duplicate removal (MinHash 0.8)").preprocessing("PII redaction")
                    .knownBias("over-represents English web text, déjà vu, 日本語 " + n).records(1_000_000L + n));
        }
        for (int i = 0; i < 300; i++) {
            builder.dependency("library-" + i, ComponentKind.LIBRARY, "1." + i + ".0");
        }
        builder.extension("com.acme.pipeline", JsonValue.of("run-" + datasets));
        return builder.build();
    }
}
