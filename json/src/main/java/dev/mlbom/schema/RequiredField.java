package dev.mlbom.schema;

import dev.mlbom.schema.internal.JsonTrees;
import dev.mlbom.model.JsonValue;
import dev.mlbom.schema.internal.FieldPath;
import java.util.Objects;

/**
 * One field a {@link RequiredFieldProfile} requires, named by a path into the manifest's JSON form.
 * Immutable and thread-safe.
 *
 * <p>This is the definition of mlbom's one field-path language, used by required-field profiles
 * and policy files ({@code profiles.json}, {@code requiredFields}) and by the framework mapping
 * ({@code mapping.json}, {@code dev.mlbom.frameworks.FieldPath}), with the same meaning everywhere.
 *
 * <p>Path syntax: JSON Pointer-like member names ({@code /model/license}); a name followed by
 * {@code []} steps into an array that must be <em>non-empty</em>, with the rest of the path
 * required of <em>every</em> element ({@code /datasets[]/license}: at least one dataset, and each
 * has a license; {@code /evaluation/benchmarks[]}: at least one benchmark); a name followed by
 * {@code [*]} requires the rest of the path of every element <em>if there are any</em>
 * ({@code /lineage/parents[*]/manifestId}: a base model without parents, or without a
 * {@code lineage} object at all, passes). Alternatives are
 * separated by {@code |}; the field is present when any alternative is. A value is present unless
 * it is absent, null, a blank string, or an empty array or object.
 *
 * @param path the path, e.g. {@code /datasets[]/sourceType}
 * @param description what the field is, in a few words, for reports
 */
public record RequiredField(String path, String description) {

    /**
     * Checks the path's syntax.
     *
     * @throws IllegalArgumentException when the path is not valid
     */
    public RequiredField {
        FieldPath.parse(path);
        Objects.requireNonNull(description, "description");
    }

    /**
     * Whether a manifest's JSON form has this field.
     *
     * @param manifest the manifest as JSON (e.g. {@code ManifestCodec.toTree})
     * @return true when present (see the class documentation)
     */
    public boolean isPresentIn(JsonValue manifest) {
        return FieldPath.parse(path).isPresentIn(JsonTrees.node(Objects.requireNonNull(manifest, "manifest")));
    }
}
