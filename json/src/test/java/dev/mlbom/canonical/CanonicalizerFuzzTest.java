package dev.mlbom.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Fuzz target of the RFC 8785 canonicalizer (docs/fuzzing.md). Any input is either refused with a
 * {@link CanonicalizationException} that carries a reason, or accepted; accepted output is a fixed
 * point of the canonicalizer and parses as one strict JSON document. Any other exception or error
 * is a finding. Without {@code JAZZER_FUZZ} it runs the committed inputs in
 * {@code CanonicalizerFuzzTestInputs/canonicalize/} as a regression test.
 */
class CanonicalizerFuzzTest {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Canonicalizer canonicalizer = Canonicalizer.strict();

    @FuzzTest
    void canonicalize(byte[] input) throws IOException {
        byte[] out;
        try {
            out = canonicalizer.canonicalize(input);
        } catch (CanonicalizationException e) {
            assertThat(e.reason()).as("reason of %s", e.getMessage()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        byte[] again;
        try {
            again = canonicalizer.canonicalize(out);
        } catch (CanonicalizationException e) {
            throw new AssertionError("canonical output refused on a second pass: " + e.getMessage(), e);
        }
        assertThat(again).as("canonical output is a fixed point").isEqualTo(out);
        assertThat(STRICT.readTree(out)).as("canonical output parses as JSON").isNotNull();
    }
}
