package dev.mlbom.document;

import dev.mlbom.ProvenanceFormat;
import dev.mlbom.document.ProvenanceDocument.EnvelopeDocument;
import dev.mlbom.document.ProvenanceDocument.ManifestDocument;
import dev.mlbom.lineage.DirectorySource;
import dev.mlbom.lineage.LineageEntry;
import dev.mlbom.model.Manifest;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Lineage sources that understand signed envelopes, which the core module's
 * {@link DirectorySource} skips (core does not depend on the envelope format).
 *
 * <pre>{@code
 * LineageGraph graph = LineageGraph.from(LineageSources.directoryReadingEnvelopesUnverified(dir));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class LineageSources {

    private LineageSources() {
    }

    /**
     * A directory source that reads manifests ({@code .json}, {@code .yaml}, {@code .yml}) and the
     * manifests inside signed envelopes ({@code .mlbom.json}) WITHOUT VERIFYING the envelopes'
     * signatures: anyone could have written them. The graph still checks every recorded parent
     * manifest id against the parent's canonical form, so a forged or stale id is caught, but not a
     * forged record. For a drawing or a review; to trust an ancestry, verify each envelope with a
     * {@link dev.mlbom.verify.Verifier} (or a policy's {@code ancestorEnvelopes}).
     *
     * @param directory the directory (its subdirectories are not read)
     * @return the source
     */
    public static DirectorySource directoryReadingEnvelopesUnverified(Path directory) {
        return DirectorySource.builder(directory)
                .reader(ProvenanceFormat.ENVELOPE_SUFFIX, unverifiedEnvelopeReader())
                .build();
    }

    /**
     * A {@link DirectorySource.FileReader} for envelope files that reads their manifest WITHOUT
     * VERIFYING any signature (see {@link ProvenanceDocuments#readManifestUnverified}). A plain
     * manifest in a file named like an envelope is read as a manifest.
     *
     * @return the reader; thread-safe
     */
    public static DirectorySource.FileReader unverifiedEnvelopeReader() {
        return file -> {
            ProvenanceDocument document = ProvenanceDocuments.read(file);
            Manifest manifest = document instanceof EnvelopeDocument envelope
                    ? ProvenanceDocuments.readManifestUnverified(envelope).manifest()
                    : ((ManifestDocument) document).manifest();
            return new LineageEntry(manifest, Optional.empty(), file.toString());
        };
    }
}
