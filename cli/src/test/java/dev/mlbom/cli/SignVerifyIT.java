package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sign, verify, inspect, diff, lineage and coverage over one signed model shared by the tests. */
class SignVerifyIT {

    static final String MANIFEST = Cli.MANIFEST + String.join("\n",
            "lineage:",
            "  parents: [{relation: fine-tune, name: acme/base, version: 1.0.0}]",
            "");

    @TempDir
    static Path dir;

    @BeforeAll
    static void signAModel() throws IOException {
        Cli.smallModel(dir.resolve("model"));
        Files.writeString(dir.resolve("manifest.yaml"), MANIFEST);
        Cli.run(dir, "keygen", "--algorithm", "ed25519", "--out", "release").succeeds();
        Cli.run(dir, "keygen", "--algorithm", "p256", "--out", "other").succeeds();
        Cli.Result sign = Cli.run(dir, "sign", "--key", "release.key", "--manifest", "manifest.yaml", "model")
                .succeeds();
        assertThat(sign.out()).contains("hashed 3 file(s)", "signed acme/bot@1.0.0 with ed25519 key ", "wrote ",
                "model.mlbom.json", "manifest id: sha256:");
        assertThat(dir.resolve("model.mlbom.json")).exists();
    }

    @Test
    void verifyPassesWithTheKeyAndPrintsEveryCheck() {
        Cli.Result result = Cli.run(dir, "verify", "model", "--key", "release.pub").succeeds();
        assertThat(result.out()).contains("[pass] signatures", "[pass] artifacts", "verified acme/bot@1.0.0 in model",
                "signed by ");
        assertThat(result.err()).isEmpty();
        Cli.run(dir, "verify", "model", "--key", "release.pub", "--threads", "1").succeeds();
        Cli.Result json = Cli.run(dir, "verify", "model", "--key", "release.pub", "--json").succeeds();
        assertThat(json.out()).contains("\"verified\" : true", "\"check\" : \"artifacts\"", "\"status\" : \"PASSED\"",
                "\"check\" : \"required-fields\"", "\"modelName\" : \"acme/bot\"");
        // one spelling of every check: the text lines name the checks as the JSON does
        Cli.Result text = Cli.run(dir, "verify", "model", "--key", "release.pub").succeeds();
        for (dev.mlbom.verify.CheckName check : dev.mlbom.verify.CheckName.values()) {
            assertThat(text.out()).contains("] " + check.id());
            assertThat(json.out()).contains("\"check\" : \"" + check.id() + "\"");
        }
    }

    @Test
    void verifyFailsWith1ForAnotherKeyATamperedFileAndAnotherModelsEnvelope() throws IOException {
        Cli.run(dir, "verify", "model", "--key", "other.pub").failsWith(1, "mlbom: verification failed: [UNTRUSTED_KEY]");

        Path tampered = copyModel("tampered");
        Files.copy(dir.resolve("model.mlbom.json"), dir.resolve("tampered.mlbom.json"), StandardCopyOption.REPLACE_EXISTING);
        try (RandomAccessFile raf = new RandomAccessFile(tampered.resolve("model.safetensors").toFile(), "rw")) {
            raf.seek(100);
            int b = raf.read();
            raf.seek(100);
            raf.write(b ^ 1);
        }
        Cli.Result result = Cli.run(dir, "verify", "tampered", "--key", "release.pub", "--json");
        result.failsWith(1, "[ARTIFACT_DIGEST_MISMATCH]", "model.safetensors");
        assertThat(result.out()).contains("\"verified\" : false", "\"reason\" : \"ARTIFACT_DIGEST_MISMATCH\"",
                "\"status\" : \"FAILED\"");

        Path other = dir.resolve("other-model");
        Files.createDirectories(other);
        Files.writeString(other.resolve("weights.bin"), "another model");
        Cli.run(dir, "verify", "other-model", "--key", "release.pub", "--envelope", "model.mlbom.json")
                .failsWith(1, "mlbom: verification failed: [ARTIFACT_");
    }

    @Test
    void verifyWithAPolicyFile() throws IOException {
        Files.writeString(dir.resolve("policy.yaml"),
                "trustedKeys:\n  - publicKey: release.pub\nmodel: { name: acme/bot }\nminimumVersion: \"2.0.0\"\n");
        Cli.run(dir, "verify", "model", "--policy", "policy.yaml").failsWith(1, "[ROLLBACK]");
        Files.writeString(dir.resolve("other-name.yaml"), "trustedKeys:\n  - publicKey: release.pub\nmodel: { name: acme/other }\n");
        Cli.run(dir, "verify", "model", "--policy", "other-name.yaml").failsWith(1, "[MODEL_MISMATCH]");
        Files.writeString(dir.resolve("nameless.yaml"), "trustedKeys:\n  - publicKey: release.pub\nminimumVersion: \"2.0.0\"\n");
        Cli.run(dir, "verify", "model", "--policy", "nameless.yaml").failsWith(2, "model.name");
        Files.writeString(dir.resolve("number.yaml"),
                "trustedKeys:\n  - publicKey: release.pub\nmodel: { name: acme/bot }\nminimumVersion: 2.3\n");
        Cli.run(dir, "verify", "model", "--policy", "number.yaml").failsWith(2, "put the version in quotes");
        Cli.run(dir, "verify", "model", "--key", "release.pub", "--model", "acme/other")
                .failsWith(1, "[MODEL_MISMATCH]");
        Cli.run(dir, "verify", "model", "--key", "release.pub", "--key", "release.pub")
                .failsWith(2, "trusted twice");
        Files.writeString(dir.resolve("bad-policy.yaml"), "trustedKeys: [\n");
        Cli.run(dir, "verify", "model", "--policy", "bad-policy.yaml").failsWith(2, "mlbom: error: [MALFORMED]");
    }

    @Test
    void verifyRejectsUsageErrorsAndUnreadableInputWith2() {
        Cli.run(dir, "verify", "model").failsWith(2, "mlbom: error: Missing required argument");
        Cli.run(dir, "verify", "model", "--key", "release.pub", "--policy", "p.yaml").failsWith(2, "mutually exclusive");
        Cli.run(dir, "verify", "model", "--key", "missing.pub").failsWith(2, "missing.pub: no such public key file");
        Cli.run(dir, "verify", "no-model", "--key", "release.pub").failsWith(2, "no-model: no such model");
        Cli.run(dir, "verify", "model", "--key", "release.key").failsWith(2, "mlbom: error: [");
        Cli.run(dir, "verify", "model", "--key", "release.pub", "--threads", "0")
                .failsWith(2, "'--threads'", "must be at least 1, got 0");
        Cli.run(dir, "verify", "model", "--key", "release.pub", "--threads", "two")
                .failsWith(2, "'two' is not a whole number");
    }

    @Test
    void signRejectsWrongPasswordsMissingPasswordsAndBadManifests() throws IOException {
        Files.writeString(dir.resolve("pw.txt"), "right\n");
        Files.writeString(dir.resolve("wrong.txt"), "wrong\n");
        Cli.run(dir, "keygen", "-a", "ed25519", "-o", "locked", "--password-file", "pw.txt").succeeds();
        Cli.run(dir, "sign", "-k", "locked.key", "--password-file", "wrong.txt", "-m", "manifest.yaml", "model",
                "-o", "x.json").failsWith(2, "[WRONG_PASSWORD]");
        Cli.run(dir, "sign", "-k", "locked.key", "-m", "manifest.yaml", "model", "-o", "x.json")
                .failsWith(2, "[PASSWORD_REQUIRED]");
        Files.writeString(dir.resolve("broken.yaml"), "model: {name: [\n");
        Cli.run(dir, "sign", "-k", "release.key", "-m", "broken.yaml", "model", "-o", "x.json")
                .failsWith(2, "[MALFORMED]");
        Cli.run(dir, "sign", "-k", "release.key", "-m", "nope.yaml", "model", "-o", "x.json")
                .failsWith(2, "nope.yaml: no such file");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void inspectSummarizesEnvelopesAndManifests() {
        Cli.Result envelope = Cli.run(dir, "inspect", "model.mlbom.json").succeeds();
        assertThat(envelope.out()).contains("signed envelope", "acme/bot@1.0.0", "license     Apache-2.0",
                "tickets@2026-10-01  fine-tuning, user", "fine-tune of acme/base@1.0.0", "signature by key ");
        Cli.Result manifest = Cli.run(dir, "inspect", "manifest.yaml", "--json").succeeds();
        assertThat(manifest.out()).contains("\"kind\" : \"manifest\"", "\"model\" : \"acme/bot\"",
                "\"signatureKeyIds\" : [ ]");
        Cli.run(dir, "inspect", "missing.json").failsWith(2, "missing.json: no such file");
    }

    @Test
    void inspectAndVerifyAgreeOnTheSigningTime() throws IOException {
        String inspected = member(Cli.run(dir, "inspect", "model.mlbom.json", "--json").succeeds().out(), "signedAt");
        String verified = member(Cli.run(dir, "verify", "model", "--key", "release.pub", "--json").succeeds().out(),
                "signedAt");
        assertThat(inspected).isNotNull().isEqualTo(verified);
        // two 'signed' events and a later other one: the signing time is the latest signing (ProvenanceFormat.signingTime)
        Files.writeString(dir.resolve("twice.yaml"), MANIFEST + String.join("\n",
                "events:",
                "  - {actor: a@acme.example, role: signer, action: signed, timestamp: \"2026-11-01T00:00:00Z\"}",
                "  - {actor: b@acme.example, role: signer, action: signed, timestamp: \"2026-11-02T00:00:00Z\"}",
                "  - {actor: c@acme.example, role: operator, action: deployed, timestamp: \"2026-11-03T00:00:00Z\"}",
                ""));
        Cli.Result twice = Cli.run(dir, "inspect", "twice.yaml", "--json").succeeds();
        assertThat(member(twice.out(), "signedAt")).isEqualTo("2026-11-02T00:00:00Z");
        assertThat(member(twice.out(), "signedBy")).isEqualTo("b@acme.example");
    }

    @Test
    void inspectRefusesAYamlAliasWithTheCodecsReason() throws IOException {
        Files.writeString(dir.resolve("alias.yaml"), MANIFEST.replace("version: 1.0.0", "version: &v 1.0.0")
                .replace("version: 2026-10-01", "version: *v"));
        Cli.run(dir, "inspect", "alias.yaml").failsWith(2, "[UNSUPPORTED_YAML]");
    }

    private static String member(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\" : \"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void diffComparesAManifestWithAnEnvelope() {
        Cli.Result diff = Cli.run(dir, "diff", "manifest.yaml", "model.mlbom.json").succeeds();
        assertThat(diff.out()).contains("Summary", "model.safetensors", "/model/artifacts");
        Cli.Result json = Cli.run(dir, "diff", "manifest.yaml", "model.mlbom.json", "--json").succeeds();
        assertThat(json.out()).startsWith("{").contains("/model/artifacts");
    }

    @Test
    void lineageAndCoverageRenderEveryFormat() {
        Path releases = dir.resolve("releases");
        try {
            Files.createDirectories(releases);
            Files.copy(dir.resolve("model.mlbom.json"), releases.resolve("bot.mlbom.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Cli.Result text = Cli.run(dir, "lineage", "releases").succeeds();
        assertThat(text.out()).contains("acme/bot@1.0.0  sha256:", "fine-tune of acme/base@1.0.0",
                "[MISSING_ANCESTOR]");
        assertThat(Cli.run(dir, "lineage", "releases", "--model", "acme/bot@1.0.0", "--format", "dot").succeeds().out())
                .startsWith("digraph");
        assertThat(Cli.run(dir, "lineage", "releases", "--format", "svg").succeeds().out()).contains("<svg",
                "class=\"model unverified\"", "class=\"model missing\"", ">not verified</text>");
        assertThat(Cli.run(dir, "lineage", "releases", "--format", "svg", "--key", "release.pub").succeeds().out())
                .contains("class=\"model verified\"", ">verified</text>").doesNotContain("class=\"model unverified\"");
        assertThat(Cli.run(dir, "lineage", "releases", "--format", "svg", "--key", "other.pub").succeeds().out())
                .contains("class=\"model unverified\"").doesNotContain("class=\"model verified\"");
        Cli.run(dir, "lineage", "releases", "--key", "release.pub").failsWith(2, "--format svg");
        Cli.run(dir, "lineage", "releases", "--model", "acme/none@1").failsWith(2, "no model acme/none@1");
        Cli.run(dir, "lineage", "nowhere").failsWith(2, "nowhere: no such directory");
        assertThat(Cli.run(dir, "lineage", "releases", "--json").succeeds().out())
                .contains("\"nodes\"", "\"kind\" : \"FINE_TUNE\"", "\"reason\" : \"MISSING_ANCESTOR\"");
        try {
            Files.createDirectories(dir.resolve("empty-releases"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Cli.run(dir, "lineage", "empty-releases").failsWith(2, "[UNREADABLE_SOURCE]", "holds no manifest");

        assertThat(Cli.run(dir, "coverage", "model.mlbom.json").succeeds().out()).contains("nist-ai-rmf");
        assertThat(Cli.run(dir, "coverage", "manifest.yaml", "--format", "html").succeeds().out()).contains("<html");
        Cli.run(dir, "coverage", "manifest.yaml", "--format", "pdf").failsWith(2, "unknown value 'pdf'");
        assertThat(Cli.run(dir, "coverage", "manifest.yaml", "--format", "html").succeeds().out())
                .contains("not verified", "Manifest id", "Generated");
    }

    @Test
    void coverageVerifiesFirstWithAKeyAndPrintsTheResultOnThePage() {
        Cli.Result verified = Cli.run(dir, "coverage", "model.mlbom.json", "--format", "html", "--model-dir", "model",
                "--key", "release.pub").succeeds();
        assertThat(verified.out()).contains("<span class=\"ok\">verified</span>: every check passed", "signed by <code>",
                "acme/bot@1.0.0").doesNotContain("not verified");
        Cli.Result failed = Cli.run(dir, "coverage", "model.mlbom.json", "--format", "html", "--model-dir", "model",
                "--key", "other.pub");
        failed.failsWith(1, "verification failed: [UNTRUSTED_KEY]");
        assertThat(failed.out()).contains("verification failed", "UNTRUSTED_KEY");
        Cli.run(dir, "coverage", "model.mlbom.json", "--key", "release.pub", "--model-dir", "model")
                .failsWith(2, "--format html");
        Cli.run(dir, "coverage", "model.mlbom.json", "--format", "html", "--key", "release.pub")
                .failsWith(2, "--model-dir");
        Cli.run(dir, "coverage", "model.mlbom.json", "--model-dir", "model").failsWith(2, "--model-dir goes with");
    }

    private static Path copyModel(String name) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(dir.resolve("model"))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }
}
