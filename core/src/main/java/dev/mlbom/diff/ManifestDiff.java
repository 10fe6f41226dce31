package dev.mlbom.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.diff.internal.Summarizer;
import dev.mlbom.diff.internal.TreeDiff;
import dev.mlbom.error.MlbomException;
import dev.mlbom.model.Manifest;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two manifests: first a semantic summary a person reads (from the
 * records), then every added, removed and changed field by JSON Pointer (from the codec's JSON
 * trees). See {@link FieldChange} for how arrays are matched and indexed. Render it with
 * {@link DiffRenderer}.
 * <pre>{@code
 * ManifestDiff diff = ManifestDiff.of(previous, current);
 * diff.summary().forEach(System.out::println);   // "learning rate 2e-5 -> 3e-5", ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ManifestDiff {

    private static final ManifestCodec CODEC = ManifestCodec.json();

    private final String oldSubject;
    private final String newSubject;
    private final List<SemanticChange> summary;
    private final List<FieldChange> changes;

    private ManifestDiff(String oldSubject, String newSubject, List<SemanticChange> summary, List<FieldChange> changes) {
        this.oldSubject = oldSubject;
        this.newSubject = newSubject;
        this.summary = List.copyOf(summary);
        this.changes = List.copyOf(changes);
    }

    /**
     * Diffs two manifests.
     *
     * @param oldManifest the earlier manifest
     * @param newManifest the later manifest
     * @return the diff
     */
    public static ManifestDiff of(Manifest oldManifest, Manifest newManifest) {
        Objects.requireNonNull(oldManifest, "oldManifest");
        Objects.requireNonNull(newManifest, "newManifest");
        JsonNode oldTree = JacksonTrees.toTree(oldManifest);
        JsonNode newTree = JacksonTrees.toTree(newManifest);
        return new ManifestDiff(oldManifest.model().coordinates(), newManifest.model().coordinates(),
                Summarizer.summarize(oldManifest, newManifest), TreeDiff.diff(oldTree, newTree));
    }

    /**
     * Diffs two versions of any kind (manifest files, envelopes, model directories) through a
     * reader of their manifests, e.g. manifests or envelopes, unverified:
     * <pre>{@code
     * ManifestDiff diff = ManifestDiff.of(oldFile, newFile, ProvenanceDocuments::readManifestUnverified);
     * }</pre>
     * or only after a verifier accepted each (read the manifest from its {@code VerifiedProvenance}).
     * A version that cannot be read is an error, never an empty diff.
     *
     * @param oldVersion the earlier version
     * @param newVersion the later version
     * @param manifestOf reads a version's manifest; must not return null
     * @param <T> what a version is
     * @return the diff
     * @throws DiffException with reason {@code UNREADABLE_VERSION} (the reader's failure as its
     *     cause) when either manifest cannot be read
     */
    public static <T> ManifestDiff of(T oldVersion, T newVersion, LastGood.ManifestOf<T> manifestOf)
            throws DiffException {
        Objects.requireNonNull(manifestOf, "manifestOf");
        Manifest oldManifest = read(oldVersion, "old", manifestOf);
        Manifest newManifest = read(newVersion, "new", manifestOf);
        return of(oldManifest, newManifest);
    }

    private static <T> Manifest read(T version, String which, LastGood.ManifestOf<T> manifestOf) throws DiffException {
        Objects.requireNonNull(version, which + "Version");
        Manifest manifest;
        try {
            manifest = manifestOf.manifestOf(version);
        } catch (MlbomException e) {
            throw new DiffException(DiffException.Reason.UNREADABLE_VERSION, "cannot read the manifest of the "
                    + which + " version " + version + ": " + e.getMessage(), e);
        }
        if (manifest == null) {
            throw new DiffException(DiffException.Reason.UNREADABLE_VERSION, "the reader returned no manifest for"
                    + " the " + which + " version " + version, null);
        }
        return manifest;
    }

    /**
     * The old manifest's model.
     *
     * @return its {@code name@version}
     */
    public String oldSubject() {
        return oldSubject;
    }

    /**
     * The new manifest's model.
     *
     * @return its {@code name@version}
     */
    public String newSubject() {
        return newSubject;
    }

    /**
     * What changed, in words, in manifest order (model, lineage, datasets, training, evaluation,
     * operations, dependencies, artifacts, other).
     *
     * @return an immutable list; empty when the manifests are equal
     */
    public List<SemanticChange> summary() {
        return summary;
    }

    /**
     * Every field change, in document order of the new manifest (removals after what remains).
     *
     * @return an immutable list; empty when the manifests are equal
     */
    public List<FieldChange> changes() {
        return changes;
    }

    /**
     * Whether nothing changed.
     *
     * @return true when there is no field change
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
