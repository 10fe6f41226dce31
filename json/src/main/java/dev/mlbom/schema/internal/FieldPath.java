package dev.mlbom.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed required-field path: alternatives separated by {@code |}, each a JSON Pointer-like
 * sequence of member names where a name may end in {@code []} (the array must be non-empty and
 * every element must satisfy the rest) or {@code [*]} (every element, if any, must satisfy the
 * rest; an absent or empty array, or an absent object on the way to it, satisfies it).
 * Immutable and thread-safe.
 */
public final class FieldPath {

    private enum Kind { MEMBER, EVERY_NON_EMPTY, EVERY_IF_ANY }

    private record Step(String name, Kind kind) {
    }

    private final List<List<Step>> alternatives;

    private FieldPath(List<List<Step>> alternatives) {
        this.alternatives = alternatives;
    }

    /**
     * Parses a path.
     *
     * @param text e.g. {@code /datasets[]/license} or {@code /operations/permittedTools[] | /operations/safetyFilters[]}
     * @return the path
     * @throws IllegalArgumentException when the text is not a valid path
     */
    public static FieldPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a required-field path must not be empty");
        }
        List<List<Step>> alternatives = new ArrayList<>();
        for (String alternative : text.split("\\|", -1)) {
            String path = alternative.strip();
            if (!path.startsWith("/") || path.length() < 2) {
                throw new IllegalArgumentException("required-field path '" + text
                        + "': each alternative must start with '/' and name a member, e.g. /model/license");
            }
            List<Step> steps = new ArrayList<>();
            for (String segment : path.substring(1).split("/", -1)) {
                Kind kind = Kind.MEMBER;
                String name = segment;
                if (segment.endsWith("[*]")) {
                    kind = Kind.EVERY_IF_ANY;
                    name = segment.substring(0, segment.length() - 3);
                } else if (segment.endsWith("[]")) {
                    kind = Kind.EVERY_NON_EMPTY;
                    name = segment.substring(0, segment.length() - 2);
                }
                if (name.isEmpty() || name.contains("[") || name.contains("]")) {
                    throw new IllegalArgumentException("required-field path '" + text + "': segment '" + segment
                            + "' must be a member name, optionally followed by [] or [*]");
                }
                steps.add(new Step(name.replace("~1", "/").replace("~0", "~"), kind));
            }
            alternatives.add(List.copyOf(steps));
        }
        return new FieldPath(List.copyOf(alternatives));
    }

    /**
     * Whether a document has the field: any alternative holds.
     *
     * @param document the manifest tree
     * @return true when present
     */
    public boolean isPresentIn(JsonNode document) {
        for (List<Step> steps : alternatives) {
            if (holds(document, steps, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(JsonNode node, List<Step> steps, int index) {
        if (index == steps.size()) {
            return present(node);
        }
        Step step = steps.get(index);
        JsonNode child = node != null && node.isObject() ? node.get(step.name()) : null;
        switch (step.kind()) {
            case MEMBER:
                if (child == null || child.isNull()) {
                    return index + 1 < steps.size() && vacuous(steps, index + 1);
                }
                return holds(child, steps, index + 1);
            case EVERY_IF_ANY:
                if (child == null || child.isNull()) {
                    return true;
                }
                return child.isArray() && every(child, steps, index + 1);
            default:
                return child != null && child.isArray() && !child.isEmpty() && every(child, steps, index + 1);
        }
    }

    /** Whether an absent value is fine here: the next array step is {@code [*]} ("if any"). */
    private static boolean vacuous(List<Step> steps, int from) {
        for (int i = from; i < steps.size(); i++) {
            if (steps.get(i).kind() != Kind.MEMBER) {
                return steps.get(i).kind() == Kind.EVERY_IF_ANY;
            }
        }
        return false;
    }

    private static boolean every(JsonNode array, List<Step> steps, int index) {
        for (JsonNode element : array) {
            if (!holds(element, steps, index)) {
                return false;
            }
        }
        return true;
    }

    /** A value counts as present unless it is null, a blank string, or an empty array or object. */
    private static boolean present(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (node.isTextual()) {
            return !node.textValue().isBlank();
        }
        if (node.isContainerNode()) {
            return !node.isEmpty();
        }
        return true;
    }
}
