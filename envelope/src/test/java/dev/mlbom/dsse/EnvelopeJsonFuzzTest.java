package dev.mlbom.dsse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target of the DSSE envelope reader (docs/fuzzing.md). Any input is either refused with an
 * {@link EnvelopeException} that carries a reason, or accepted as an envelope that is written and
 * read back equal. Any other exception or error is a finding. Without {@code JAZZER_FUZZ} it runs
 * the committed inputs in {@code EnvelopeJsonFuzzTestInputs/read/} as a regression test.
 */
class EnvelopeJsonFuzzTest {

    private final EnvelopeJson json = EnvelopeJson.strict();

    @FuzzTest
    void read(byte[] input) {
        Envelope envelope;
        try {
            envelope = json.read(input);
        } catch (EnvelopeException e) {
            assertThat(e.reason()).as("reason of %s", e.getMessage()).isNotNull();
            return;
        }
        byte[] written = json.write(envelope);
        Envelope back;
        try {
            back = json.read(written);
        } catch (EnvelopeException e) {
            throw new AssertionError("an accepted envelope is refused after writing: " + e.getMessage(), e);
        }
        assertThat(back).as("read(write(e)) equals e").isEqualTo(envelope);
        assertThat(json.write(back)).as("writing is deterministic").isEqualTo(written);
    }
}
