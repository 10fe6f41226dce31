package dev.mlbom.dsse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target of the in-toto statement decoder (docs/fuzzing.md). Any payload is either refused
 * with an {@link EnvelopeException} that carries a reason, or decoded to a statement that the codec
 * encodes and decodes back equal. Any other exception or error is a finding. Without
 * {@code JAZZER_FUZZ} it runs the committed inputs in {@code StatementCodecFuzzTestInputs/decode/}
 * as a regression test.
 */
class StatementCodecFuzzTest {

    private final StatementCodec codec = StatementCodec.canonical();

    @FuzzTest
    void decode(byte[] payload) {
        Statement statement;
        try {
            statement = codec.decode(payload);
        } catch (EnvelopeException e) {
            assertThat(e.reason()).as("reason of %s", e.getMessage()).isNotNull();
            return;
        }
        byte[] encoded;
        Statement back;
        try {
            encoded = codec.encode(statement);
            back = codec.decode(encoded);
        } catch (EnvelopeException e) {
            throw new AssertionError("a decoded statement does not round-trip: " + e.getMessage(), e);
        }
        assertThat(back).as("decode(encode(s)) equals s").isEqualTo(statement);
    }
}
