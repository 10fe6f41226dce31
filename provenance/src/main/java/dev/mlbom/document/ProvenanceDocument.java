package dev.mlbom.document;

import dev.mlbom.codec.ManifestFormat;
import dev.mlbom.dsse.Envelope;
import dev.mlbom.model.Manifest;
import java.util.Objects;

/**
 * A provenance document read by {@link ProvenanceDocuments}: either a plain manifest or a signed
 * envelope:
 *
 * <pre>{@code
 * ProvenanceDocument document = ProvenanceDocuments.read(path);
 * Manifest manifest = document instanceof ProvenanceDocument.EnvelopeDocument envelope
 *         ? ProvenanceDocuments.readManifestUnverified(envelope).manifest() // signatures NOT verified
 *         : ((ProvenanceDocument.ManifestDocument) document).manifest();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface ProvenanceDocument {

    /**
     * Where the document came from, for messages.
     *
     * @return a path or the caller's description
     */
    String origin();

    /**
     * What the document is, for messages.
     *
     * @return {@code manifest} or {@code signed envelope}
     */
    String kind();

    /**
     * A manifest, read and validated by the codec.
     *
     * @param origin where it came from
     * @param format JSON or YAML
     * @param manifest the manifest
     */
    record ManifestDocument(String origin, ManifestFormat format, Manifest manifest) implements ProvenanceDocument {

        /** Checks every part is present. */
        public ManifestDocument {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(manifest, "manifest");
        }

        @Override
        public String kind() {
            return "manifest";
        }
    }

    /**
     * A signed envelope whose structure was checked (strict DSSE JSON) but whose signatures were
     * NOT verified. Its manifest is {@link ProvenanceDocuments#readManifestUnverified(EnvelopeDocument)}.
     *
     * @param origin where it came from
     * @param envelope the envelope
     */
    record EnvelopeDocument(String origin, Envelope envelope) implements ProvenanceDocument {

        /** Checks every part is present. */
        public EnvelopeDocument {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(envelope, "envelope");
        }

        @Override
        public String kind() {
            return "signed envelope";
        }
    }
}
