package dev.mlbom.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.schema.internal.JsonTrees;
import dev.mlbom.model.JsonValue;
import dev.mlbom.schema.internal.FieldPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named set of fields a manifest must have to satisfy a policy, such as {@link Profiles#minimum()}.
 * Fields are paths into the manifest's JSON form (see {@link RequiredField} for the syntax).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the profile's name, e.g. {@code minimum}
 * @param fields the required fields, in order, paths distinct
 */
public record RequiredFieldProfile(String name, List<RequiredField> fields) {

    /**
     * Checks the name and copies the fields.
     *
     * @throws IllegalArgumentException when the name is blank or a path appears twice
     */
    public RequiredFieldProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a profile needs a name");
        }
        fields = List.copyOf(fields);
        Set<String> seen = new HashSet<>();
        for (RequiredField field : fields) {
            if (!seen.add(field.path())) {
                throw new IllegalArgumentException("profile " + name + " lists " + field.path() + " twice");
            }
        }
    }

    /**
     * Checks which fields a manifest's JSON form has.
     *
     * @param manifest the manifest as JSON (e.g. from the codec's {@code toTree})
     * @return the fields present and missing
     */
    public CompletenessReport check(JsonValue manifest) {
        return check(JsonTrees.node(Objects.requireNonNull(manifest, "manifest")));
    }

    private CompletenessReport check(JsonNode manifest) {
        List<RequiredField> present = new ArrayList<>();
        List<RequiredField> missing = new ArrayList<>();
        for (RequiredField field : fields) {
            (FieldPath.parse(field.path()).isPresentIn(manifest) ? present : missing).add(field);
        }
        return new CompletenessReport(name, present, missing);
    }
}
