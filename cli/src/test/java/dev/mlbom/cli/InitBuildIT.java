package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitBuildIT {

    @TempDir
    Path dir;

    @Test
    void initHashesTheModelAndTheFilledTemplateBuilds() throws Exception {
        Cli.smallModel(dir.resolve("model"));
        Cli.Result init = Cli.run(dir, "init", "model", "-o", "manifest.yaml").succeeds();
        assertThat(init.out()).contains("wrote manifest.yaml with 3 artifact(s) from model",
                "mlbom build manifest.yaml -o manifest.json");
        String template = Files.readString(dir.resolve("manifest.yaml"));
        assertThat(template).contains("architecture: \"TinyForCausalLM\"", "- path: \"model.safetensors\"",
                "size: 65536", "role: \"<one of: pre-training, training, fine-tuning");

        // unfilled: every placeholder is reported by JSON Pointer, one per line
        Cli.Result unfilled = Cli.run(dir, "build", "manifest.yaml");
        unfilled.failsWith(2, "[PLACEHOLDER]", "template placeholders left");
        assertThat(unfilled.errLines()).contains(
                "manifest.yaml: /model/name: still holds the placeholder <model name, e.g. acme/support-bot>",
                "manifest.yaml: /datasets/0/role: still holds the placeholder <one of: pre-training, training,"
                        + " fine-tuning, evaluation, alignment, retrieval-corpus, other>");
        assertThat(unfilled.out()).isEmpty();

        // filled: builds, and -o writes JSON
        Files.writeString(dir.resolve("filled.yaml"), TemplateFiller.fill(template));
        Cli.Result built = Cli.run(dir, "build", "filled.yaml", "-o", "manifest.json").succeeds();
        assertThat(built.out()).contains("wrote manifest.json: acme/support-bot@2.3.0, 1 dataset(s), 3 artifact(s)")
                .containsPattern("manifest id: sha256:[0-9a-f]{64}");
        assertThat(Files.readString(dir.resolve("manifest.json"))).startsWith("{")
                .contains("https://mlbom.dev/schema/manifest/v1", "\"model.safetensors\"");
        Cli.Result complete = Cli.run(dir, "build", "filled.yaml", "--profile", "complete", "--json").succeeds();
        assertThat(complete.out()).contains("\"valid\" : true", "\"profile\" : \"complete\"", "\"missing\" : [ ]");
    }

    @Test
    void profileMakesMissingFieldsErrorsAndIsOtherwiseANote() throws Exception {
        Files.writeString(dir.resolve("min.yaml"), String.join("\n",
                "schema: https://mlbom.dev/schema/manifest/v1", "model:", "  name: acme/bot", "  version: 1.0.0", ""));
        Cli.Result lenient = Cli.run(dir, "build", "min.yaml", "-o", "min.json").succeeds();
        assertThat(lenient.err()).contains("note: min.yaml lacks 7 field(s) of the 'minimum' profile",
                "min.yaml: /model/license: missing");
        Cli.Result strict = Cli.run(dir, "build", "min.yaml", "--profile", "minimum");
        strict.failsWith(2, "[REQUIRED_FIELD_MISSING]", "7 field(s) of the 'minimum' profile missing");
        assertThat(strict.errLines()).contains("min.yaml: /training/procedure: missing (training procedure)");
        Cli.run(dir, "build", "min.yaml", "--profile", "maximal").failsWith(2, "unknown profile 'maximal'");
    }

    @Test
    void bareTemplateGoesToStdoutAndRefusesToOverwrite() throws Exception {
        Cli.Result bare = Cli.run(dir, "init").succeeds();
        assertThat(bare.out()).startsWith("# mlbom provenance manifest").contains("artifacts: []");
        Files.writeString(dir.resolve("exists.yaml"), "keep me");
        Cli.run(dir, "init", "-o", "exists.yaml").failsWith(2, "exists.yaml: already exists; use --force");
        assertThat(Files.readString(dir.resolve("exists.yaml"))).isEqualTo("keep me");
        Cli.run(dir, "init", "no-such-model").failsWith(2, "no-such-model: no such directory");
    }

    @Test
    void buildReportsEveryProblemWithItsPointerAndJson() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), String.join("\n",
                "schema: https://mlbom.dev/schema/manifest/v1",
                "model:",
                "  version: 1.0.0",
                "  colour: blue",
                "datasets:",
                "  - name: tickets",
                "    role: teaching",
                ""));
        Cli.Result result = Cli.run(dir, "build", "bad.yaml");
        result.failsWith(2, "[INVALID]", "bad.yaml: ");
        assertThat(result.errLines()).anyMatch(l -> l.startsWith("bad.yaml: /model/name: "))
                .anyMatch(l -> l.startsWith("bad.yaml: /model/colour: "))
                .anyMatch(l -> l.startsWith("bad.yaml: /datasets/0/role: "));
        Cli.Result json = Cli.run(dir, "build", "bad.yaml", "--json");
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.out()).contains("\"valid\" : false", "\"reason\" : \"INVALID\"", "/model/name");
    }

    @Test
    void buildRejectsMalformedYamlAndMissingFiles() throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "model: [unclosed\n  name: x\n");
        Cli.Result malformed = Cli.run(dir, "build", "broken.yaml");
        malformed.failsWith(2, "[MALFORMED]");
        Cli.run(dir, "build", "missing.yaml").failsWith(2, "missing.yaml: no such file");
    }
}
