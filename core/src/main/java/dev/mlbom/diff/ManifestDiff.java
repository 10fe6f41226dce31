package dev.mlbom.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.diff.internal.Summarizer;
import dev.mlbom.diff.internal.TreeDiff;
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
