package dev.mlbom.frameworks;

import com.fasterxml.jackson.databind.JsonNode;
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
     * @param manifest the manifest as a JSON tree (e.g. {@code ManifestCodec.toTree})
     * @return true when populated
     */
    public boolean isPopulatedIn(JsonNode manifest) {
        List<JsonNode> current = List.of(manifest);
        for (String segment : value.substring(1).split("/")) {
            boolean each = segment.endsWith("[]");
            String name = each ? segment.substring(0, segment.length() - 2) : segment;
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                JsonNode child = node.isObject() ? node.get(name) : null;
                if (child == null) {
                    continue;
                }
                if (each && child.isArray()) {
                    child.forEach(next::add);
                } else if (!each) {
                    next.add(child);
                }
            }
            current = next;
        }
        for (JsonNode node : current) {
            if (populated(node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean populated(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (node.isTextual()) {
            return !node.textValue().isEmpty();
        }
        if (node.isContainerNode()) {
            return node.size() > 0;
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
