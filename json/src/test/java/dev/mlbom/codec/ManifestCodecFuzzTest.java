package dev.mlbom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;

/**
 * Fuzz targets of the manifest codec, JSON and YAML (docs/fuzzing.md). Any input is either refused
 * with a {@link ManifestException} that carries a reason and at least one problem, or accepted as a
 * manifest that the same codec writes and reads back equal. Any other exception or error is a
 * finding. Without {@code JAZZER_FUZZ} each runs its committed inputs in
 * {@code ManifestCodecFuzzTestInputs/<method>/} as a regression test.
 */
class ManifestCodecFuzzTest {

    @FuzzTest
    void readJson(byte[] input) {
        roundTrip(ManifestCodec.json(), input);
    }

    @FuzzTest
    void readYaml(byte[] input) {
        roundTrip(ManifestCodec.yaml(), input);
    }

    static void roundTrip(ManifestCodec codec, byte[] input) {
        Manifest manifest;
        try {
            manifest = codec.read(input);
        } catch (ManifestException e) {
            assertThat(e.reason()).as("reason of %s", e.getMessage()).isNotNull()
                    .as("bytes in memory cannot fail to be read: %s", e.getMessage())
                    .isNotEqualTo(ManifestException.Reason.IO_ERROR);
            assertThat(e.problems()).isNotEmpty();
            return;
        }
        byte[] written = codec.write(manifest);
        Manifest back;
        try {
            back = codec.read(written);
        } catch (ManifestException e) {
            throw new AssertionError("a manifest the codec accepted is refused after writing: " + e.getMessage(), e);
        }
        assertThat(back).as("read(write(m)) equals m").isEqualTo(manifest);
        assertThat(codec.write(back)).as("writing is deterministic").isEqualTo(written);
    }
}
