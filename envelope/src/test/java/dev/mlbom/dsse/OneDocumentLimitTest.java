package dev.mlbom.dsse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.ProvenanceFormat;
import dev.mlbom.canonical.Canonicalizer;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.codec.ReadLimits;
import org.junit.jupiter.api.Test;

/** The codec, the canonicalizer and the envelope reader share one document size limit. */
class OneDocumentLimitTest {

    @Test
    void everyReaderDefaultsToTheFormatsLimit() {
        assertThat(ProvenanceFormat.MAX_DOCUMENT_BYTES).isEqualTo(64 << 20);
        assertThat(ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES).isEqualTo(ProvenanceFormat.MAX_DOCUMENT_BYTES);
        assertThat(ReadLimits.DEFAULTS.maxDocumentBytes()).isEqualTo(ProvenanceFormat.MAX_DOCUMENT_BYTES);
        assertThat(ManifestCodec.json().limits().maxDocumentBytes()).isEqualTo(ProvenanceFormat.MAX_DOCUMENT_BYTES);
        assertThat(Canonicalizer.DEFAULT_MAX_BYTES).isEqualTo(ProvenanceFormat.MAX_DOCUMENT_BYTES);
        assertThat(EnvelopeJson.DEFAULT_MAX_BYTES).isEqualTo(ProvenanceFormat.MAX_DOCUMENT_BYTES);
        assertThat(EnvelopeJson.strict().maxBytes()).isEqualTo(ProvenanceFormat.MAX_DOCUMENT_BYTES);
    }
}
