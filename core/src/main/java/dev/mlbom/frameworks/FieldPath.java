package dev.mlbom.frameworks;

import dev.mlbom.model.JsonValue;
import dev.mlbom.schema.RequiredField;
import java.util.Objects;

/**
 * A path into a manifest's JSON, in mlbom's one field-path language, the one a policy's required
 * fields use: syntax and meaning are defined once, in {@link RequiredField} ({@code name[]}: a
 * non-empty array whose every element has the rest of the path; {@code name[*]}: every element,
 * if there are any; {@code |}: alternatives), e.g. {@code /datasets[]/consent} or
 * {@code /lineage/parents}. This record only names a path in the framework mapping; parsing and
 * evaluation are {@link RequiredField}'s.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the path text
 */
public record FieldPath(String value) implements Comparable<FieldPath> {

    /**
     * Checks the syntax.
     *
     * @throws IllegalArgumentException when the text is not such a path
     */
    public FieldPath {
        Objects.requireNonNull(value, "value");
        try {
            new RequiredField(value, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a field path: '" + value + "' (expected e.g. /datasets[]/consent): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Whether the field holds something in a manifest, exactly as {@link RequiredField#isPresentIn}
     * decides: present and not null, blank text, an empty array or an empty object; for
     * {@code []} steps, in every element of a non-empty array.
     *
     * @param manifest the manifest as JSON (e.g. {@code ManifestCodec.toTree})
     * @return true when populated
     */
    public boolean isPopulatedIn(JsonValue manifest) {
        return new RequiredField(value, value).isPresentIn(manifest);
    }

    @Override
    public int compareTo(FieldPath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
