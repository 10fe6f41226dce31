package dev.mlbom.frameworks;

import dev.mlbom.model.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A path into a manifest's JSON: a JSON Pointer whose segments may end in {@code []}, meaning
 * "any element of this array", e.g. {@code /datasets[]/consent} or {@code /lineage/parents}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the path text
 */
public record FieldPath(String value) implements Comparable<FieldPath> {

    private static final Pattern FORM = Pattern.compile("(/[A-Za-z][A-Za-z0-9]*(\\[\\])?)+");

    /**
     * Checks the form.
     *
     * @throws IllegalArgumentException when the text is not such a path
     */
    public FieldPath {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a field path: '" + value + "' (expected e.g. /datasets[]/consent)");
        }
    }

    /**
     * Whether the field holds something in a manifest: present and not null, empty text, an
     * empty array or an empty object. For {@code []} segments, in at least one element.
     *
     * @param manifest the manifest as JSON (e.g. {@code ManifestCodec.toTree})
     * @return true when populated
     */
    public boolean isPopulatedIn(JsonValue manifest) {
        List<JsonValue> current = List.of(Objects.requireNonNull(manifest, "manifest"));
        for (String segment : value.substring(1).split("/")) {
            boolean each = segment.endsWith("[]");
            String name = each ? segment.substring(0, segment.length() - 2) : segment;
            List<JsonValue> next = new ArrayList<>();
            for (JsonValue node : current) {
                JsonValue child = node instanceof JsonValue.Obj o ? o.members().get(name) : null;
                if (child == null) {
                    continue;
                }
                if (each && child instanceof JsonValue.Array array) {
                    next.addAll(array.items());
                } else if (!each) {
                    next.add(child);
                }
            }
            current = next;
        }
        for (JsonValue node : current) {
            if (populated(node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean populated(JsonValue node) {
        if (node instanceof JsonValue.Null) {
            return false;
        }
        if (node instanceof JsonValue.Text text) {
            return !text.value().isEmpty();
        }
        if (node instanceof JsonValue.Array array) {
            return !array.items().isEmpty();
        }
        if (node instanceof JsonValue.Obj object) {
            return !object.members().isEmpty();
        }
        return true;
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
