package dev.mlbom.cli.commands;

import dev.mlbom.Provenance;
import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.ErrorReporter;
import dev.mlbom.cli.support.Sizes;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.model.ConsentStatus;
import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.DatasetSourceType;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ModelSourceType;
import dev.mlbom.model.TrainingProcedure;
import dev.mlbom.schema.Profiles;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.sign.SignedProvenance;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.verify.CheckResult;
import dev.mlbom.verify.Policy;
import dev.mlbom.verify.VerificationException;
import dev.mlbom.verify.EnvelopeSource;
import dev.mlbom.verify.ModelFiles;
import dev.mlbom.verify.Verifier;
import dev.mlbom.verify.VerifiedProvenance;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mlbom demo}: the whole story in a temporary directory: make a small model, describe it,
 * generate a key, sign, verify (passes), flip one byte of the weights, verify again (blocked).
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "demo",
        description = {"Run mlbom end to end in a temporary directory: make a small model, describe it with the "
                + "Java builder, generate a key, sign, verify (passes), flip one byte of the weights and "
                + "verify again (blocked with ARTIFACT_DIGEST_MISMATCH).",
            "With --keep DIR the model (untampered), manifest, key pair and envelope stay in DIR to try the other "
                + "commands on."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom demo", "  mlbom demo --keep demo"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the demo behaved as expected (signed model verified, tampered model blocked)",
            "1:it did not (a bug: please report the output)",
            "2:usage error, or --keep DIR exists and is not empty"})
public final class DemoCommand extends BaseCommand {

    private static final String MODEL_NAME = "acme/tiny-chat";
    private static final int WEIGHTS_BYTES = 256 * 1024;
    private static final long TAMPER_OFFSET = 4096;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the model, manifest, keys and envelope in DIR (created; must be empty) instead of "
                + "a temporary directory that is deleted.")
    Path keep;

    /** Picocli creates the command. */
    public DemoCommand() {
    }

    @Override
    protected int run() throws Exception {
        Path work = keep != null ? prepare(keep) : Files.createTempDirectory("mlbom-demo-");
        try {
            return demo(work);
        } finally {
            if (keep == null) {
                deleteTree(work);
            }
        }
    }

    private int demo(Path work) throws Exception {
        String command = System.getProperty("mlbom.command", "mlbom");
        out().println("mlbom demo: sign a model's provenance, verify it, tamper with the model, verify again.");
        out().println("working in " + work + (keep == null ? " (deleted at the end; keep it with --keep DIR)" : ""));
        out().println();

        Path model = work.resolve("model");
        step(1, "Make a small model in " + display(work, model) + "/");
        List<String> files = writeModel(model);
        detail(String.join(", ", files));

        step(2, "Describe it with Provenance.builder() and save it as manifest.json");
        Manifest manifest = describe();
        ManifestCodec.json().write(manifest, work.resolve("manifest.json"));
        boolean minimum = Profiles.minimum().check(ManifestCodec.json().toTree(manifest)).isComplete();
        detail(MODEL_NAME + "@1.0.0, a LoRA fine-tune of acme/tiny-base@1.0.0 on " + manifest.datasets().size()
                + " datasets, with evaluation and operating limits" + (minimum ? "; meets the 'minimum' profile" : ""));

        step(3, "Generate an Ed25519 signing key: release.key (private, mode 0600) and release.pub");
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        Path privateKey = work.resolve("release.key");
        Path publicKey = work.resolve("release.pub");
        KeyFiles.writePrivateKey(privateKey, key);
        KeyFiles.writePublicKey(publicKey, key.publicKey());
        detail("key id " + key.keyId());

        step(4, "Sign: hash the model's files into the manifest and write the envelope model.mlbom.json");
        SignedProvenance signed = ProvenanceSigner.builder().signer(key.signer()).actor("mlbom-demo").build()
                .sign(manifest, model);
        detail(signed.manifest().model().artifacts().size() + " files hashed with SHA-256; a DSSE envelope over an"
                + " in-toto Statement, signed by " + key.keyId().substring(0, 16) + "...");
        ManifestCodec.json().write(signed.manifest(), work.resolve("manifest.json"));
        detail("manifest id " + signed.manifestId() + " (manifest.json now lists the files too)");

        step(5, "Verify with release.pub, as a serving app does before it loads the model");
        Policy policy = Policy.builder().trust(KeyFiles.readPublicKey(publicKey).verifier()).build();
        VerifiedProvenance verified;
        try {
            verified = Verifier.builder().policy(policy).build().verify(ModelFiles.of(model),
                    EnvelopeSource.file(signed.envelopePath()));
        } catch (VerificationException e) {
            throw CliException.failed("DEMO_UNEXPECTED", "the freshly signed model did not verify: "
                    + e.reasonCode() + ": " + e.getMessage());
        }
        List<CheckResult> results = verified.report().results();
        String passed = results.stream().filter(r -> r.status() == CheckResult.Status.PASSED)
                .map(r -> r.check().name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
        long skipped = results.stream().filter(r -> r.status() == CheckResult.Status.SKIPPED).count();
        detail("VERIFIED: " + passed + (skipped == 0 ? "" : " (" + skipped + " check(s) not asked for by the policy)"));

        Path weights = model.resolve("model.safetensors");
        step(6, "Tamper: flip one byte of model.safetensors (at offset " + TAMPER_OFFSET + "), then verify again");
        flipByte(weights);
        String reason;
        try {
            Verifier.verify(model, policy);
            throw CliException.failed("DEMO_UNEXPECTED", "the tampered model verified; it must not");
        } catch (VerificationException e) {
            reason = e.reasonCode();
            detail("BLOCKED [" + e.reasonCode() + "] " + ErrorReporter.oneLine(e.getMessage()));
        } finally {
            flipByte(weights);
        }
        if (!reason.equals("ARTIFACT_DIGEST_MISMATCH")) {
            throw CliException.failed("DEMO_UNEXPECTED", "the tampered model was blocked with " + reason
                    + " instead of ARTIFACT_DIGEST_MISMATCH");
        }
        out().println();
        out().println("Result: the signed model verified and the tampered one was refused, as expected.");
        if (keep != null) {
            out().println();
            out().println("Kept in " + work + " (the byte is flipped back, so the model verifies again):");
            out().println("  model/  manifest.json  release.key  release.pub  model.mlbom.json");
            out().println("Try:");
            out().println("  " + command + " inspect " + display(signed.envelopePath()));
            out().println("  " + command + " verify " + display(model) + " --key " + display(publicKey));
            out().println("  " + command + " coverage " + display(work.resolve("manifest.json")));
            out().println("  " + command + " lineage " + display(work));
            out().println("  " + command + " hash " + display(model));
        }
        return ExitCode.OK;
    }

    private void step(int number, String text) {
        out().println(number + ". " + text);
        out().flush();
    }

    private void detail(String text) {
        out().println("   " + text);
        out().flush();
    }

    private static Manifest describe() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant trainingStart = now.minus(3, ChronoUnit.HOURS);
        Instant trainingEnd = now.minus(1, ChronoUnit.HOURS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return Provenance.builder()
                .model(m -> m.name(MODEL_NAME).version("1.0.0")
                        .architecture("TinyForCausalLM").family("tiny").task("text-generation")
                        .description("A tiny chat model for mlbom's demo; its weights are random bytes.")
                        .source(ModelSourceType.INTERNAL, "https://models.acme.example/tiny-chat", null)
                        .license("Apache-2.0")
                        .restriction("demo only: not for production use"))
                .dataset(d -> d.name("support-tickets").version("2026-10-01")
                        .uri("s3://acme-data/support-tickets/2026-10-01/")
                        .role(DatasetRole.FINE_TUNING).sourceType(DatasetSourceType.USER).license("LicenseRef-acme-internal")
                        .consent(ConsentStatus.OBTAINED).filtering("near-duplicate removal").preprocessing("PII redaction")
                        .knownBias("English only").records(48_000)
                        .personalData("pseudonymised before training", "customer names"))
                .dataset(d -> d.name("support-eval").version("2026-10-01")
                        .role(DatasetRole.EVALUATION).sourceType(DatasetSourceType.USER).license("LicenseRef-acme-internal")
                        .consent(ConsentStatus.OBTAINED).records(2_000).noPersonalData())
                .training(t -> t.procedure(TrainingProcedure.LORA).epochs(3).learningRate(2e-5).batchSize(64)
                        .hyperparameter("lora_rank", 16)
                        .code("https://git.acme.example/ml/tiny-chat-trainer", "4f2a9c1")
                        .ran(trainingStart, trainingEnd))
                .evaluation(e -> e.benchmark("support-eval-accuracy", "support-eval", "accuracy", 0.87, today)
                        .redTeaming(today, "prompt injection", "refuses tool calls outside the allow-list")
                        .limitation("not evaluated on languages other than English"))
                .operations(o -> o.permitTool("order-lookup").safetyFilter("pii-redactor", "1.2.0")
                        .deploymentConstraint("EU region only"))
                .parent(LineageRelation.FINE_TUNE, "acme/tiny-base", "1.0.0", null)
                .event("ci/train-pipeline", "trainer", "trained", trainingEnd)
                .build();
    }

    private static List<String> writeModel(Path model) throws IOException {
        Files.createDirectories(model);
        Files.writeString(model.resolve("config.json"), String.join("\n", "{",
                "  \"architectures\": [\"TinyForCausalLM\"],",
                "  \"hidden_size\": 256,",
                "  \"num_hidden_layers\": 4,",
                "  \"vocab_size\": 32000",
                "}", ""), StandardCharsets.UTF_8);
        Files.writeString(model.resolve("tokenizer.json"),
                "{\"version\": \"1.0\", \"model\": {\"type\": \"BPE\", \"vocab\": {\"<s>\": 0, \"</s>\": 1}}}\n",
                StandardCharsets.UTF_8);
        byte[] weights = new byte[WEIGHTS_BYTES];
        new SecureRandom().nextBytes(weights);
        Files.write(model.resolve("model.safetensors"), weights);
        try (Stream<Path> list = Files.list(model)) {
            return list.sorted().map(p -> {
                try {
                    return p.getFileName() + " (" + Sizes.bytes(Files.size(p)) + ")";
                } catch (IOException e) {
                    return p.getFileName().toString();
                }
            }).toList();
        }
    }

    private static void flipByte(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(TAMPER_OFFSET);
            int b = raf.read();
            raf.seek(TAMPER_OFFSET);
            raf.write(b ^ 0x01);
        }
    }

    private static Path prepare(Path dir) throws CliException, IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw CliException.input(dir + ": exists and is not a directory; give a new or empty directory to --keep");
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw CliException.input(dir + ": is not empty; give a new or empty directory to --keep");
                }
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    private String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    private static String display(Path base, Path path) {
        return base.relativize(path).toString();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
