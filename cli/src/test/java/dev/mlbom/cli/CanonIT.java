package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonIT {

    @TempDir
    Path dir;

    @Test
    void printsTheCanonicalBytesTheIdAndJson() throws Exception {
        Files.writeString(dir.resolve("doc.json"), "{ \"b\": 1, \"a\": [1.0, 2e2, \"\\u00e9\"] }\n");
        Cli.Result canonical = Cli.run(dir, "canon", "doc.json").succeeds();
        assertThat(canonical.out()).isEqualTo("{\"a\":[1,200,\"é\"],\"b\":1}");
        Cli.Result id = Cli.run(dir, "canon", "doc.json", "--id").succeeds();
        assertThat(id.out()).matches("sha256:[0-9a-f]{64}\\n");
        Cli.Result json = Cli.run(dir, "canon", "doc.json", "--json").succeeds();
        assertThat(json.out()).contains("\"id\" : \"" + id.out().strip() + "\"", "\"canonicalBytes\" : 24");
    }

    @Test
    void rejectsMissingFilesAndBadJsonWithOneLine() throws Exception {
        Cli.run(dir, "canon", "nope.json").failsWith(2, "mlbom: error: nope.json: no such file");
        Files.writeString(dir.resolve("dup.json"), "{\"a\":1,\"a\":2}");
        Cli.run(dir, "canon", "dup.json").failsWith(2, "[DUPLICATE_KEY]", "/a");
    }
}
