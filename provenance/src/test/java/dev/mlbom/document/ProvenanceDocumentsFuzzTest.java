package dev.mlbom.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.dsse.Envelope;
import dev.mlbom.dsse.EnvelopeException;
import dev.mlbom.dsse.EnvelopeJson;
import dev.mlbom.error.MlbomException;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;

/**
 * Fuzz target of the document reader that tells manifests (JSON or YAML) from envelopes
 * (docs/fuzzing.md). Any input is either refused with a {@link ManifestException} or
 * {@link EnvelopeException} that carries a reason, or read as a document whose content is written
 * and read back equal. Any other exception or error is a finding. Without {@code JAZZER_FUZZ} it
 * runs the committed inputs in {@code ProvenanceDocumentsFuzzTestInputs/read/} as a regression
 * test.
 */
class ProvenanceDocumentsFuzzTest {

    @FuzzTest
    void read(byte[] input) {
        ProvenanceDocument document;
        try {
            document = ProvenanceDocuments.read(input, "fuzz input");
        } catch (ManifestException | EnvelopeException e) {
            refused(e);
            return;
        }
        try {
            if (document instanceof ProvenanceDocument.ManifestDocument m) {
                ManifestCodec codec = ManifestCodec.of(m.format());
                Manifest back = codec.read(codec.write(m.manifest()));
                assertThat(back).as("manifest round trip").isEqualTo(m.manifest());
            } else if (document instanceof ProvenanceDocument.EnvelopeDocument d) {
                Envelope back = EnvelopeJson.strict().read(EnvelopeJson.strict().write(d.envelope()));
                assertThat(back).as("envelope round trip").isEqualTo(d.envelope());
            }
        } catch (MlbomException e) {
            throw new AssertionError("an accepted document does not round-trip: " + e.getMessage(), e);
        }
    }

    private static void refused(MlbomException e) {
        assertThat(e.reason()).as("reason of %s", e.getMessage()).isNotNull();
        assertThat(e.getMessage()).isNotBlank();
    }
}
