package dev.mlbom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.model.Manifest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TrainingJobExampleTest {

    @Test
    void printsTheManifestAsJsonAndYaml() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            TrainingJobExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        Manifest manifest = TrainingJobExample.manifest();
        String json = new String(ManifestCodec.json().write(manifest), StandardCharsets.UTF_8);
        String yaml = new String(ManifestCodec.yaml().write(manifest), StandardCharsets.UTF_8);
        assertThat(text).contains(json).contains(yaml).contains("\"name\": \"acme/support-bot\"");
        assertThat(ManifestCodec.yaml().read(yaml.getBytes(StandardCharsets.UTF_8))).isEqualTo(manifest);
    }
}
