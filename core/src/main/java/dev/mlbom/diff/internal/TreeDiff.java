package dev.mlbom.diff.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.diff.FieldChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The field diff of two manifest JSON trees. Arrays of named things are matched by key (see
 * {@link #KEYS}); plain-value arrays as sets of values; other arrays by position. Pointers index
 * the new array for changed and added values, the old array for removed ones. Thread-safe
 * (stateless).
 */
public final class TreeDiff {

    /** Keyed arrays: pointer pattern (indexes replaced by {@code *}) to the element's key. */
    private static final Map<String, Function<JsonNode, String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("/datasets", e -> text(e, "name"));
        KEYS.put("/dependencies", e -> text(e, "name"));
        KEYS.put("/lineage/parents", e -> text(e, "name"));
        KEYS.put("/model/artifacts", e -> text(e, "path"));
        KEYS.put("/operations/safetyFilters", e -> text(e, "name"));
        KEYS.put("/operations/systemPrompts", e -> text(e, "name"));
        KEYS.put("/evaluation/benchmarks", e -> text(e, "name") + "/" + text(e, "dataset") + "/" + text(e, "metric"));
        KEYS.put("/evaluation/redTeaming", e -> text(e, "date") + "/" + text(e, "scope"));
    }

    private static final Pattern INDEX = Pattern.compile("/\\d+(?=/|$)");

    private TreeDiff() {
    }

    /**
     * Every change from one tree to the other.
     *
     * @param oldTree the old manifest
     * @param newTree the new manifest
     * @return the changes, in document order of the new tree (removals after the members that remain)
     */
    public static List<FieldChange> diff(JsonNode oldTree, JsonNode newTree) {
        List<FieldChange> out = new ArrayList<>();
        walk("", oldTree, newTree, out);
        return out;
    }

    private static void walk(String pointer, JsonNode a, JsonNode b, List<FieldChange> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = b.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = pointer + "/" + escape(field.getKey());
                JsonNode old = a.get(field.getKey());
                if (old == null) {
                    out.add(new FieldChange(FieldChange.Kind.ADDED, child, Optional.empty(), Optional.of(JacksonTrees.toValue(field.getValue()))));
                } else {
                    walk(child, old, field.getValue(), out);
                }
            }
            Iterator<Map.Entry<String, JsonNode>> olds = a.properties().iterator();
            while (olds.hasNext()) {
                Map.Entry<String, JsonNode> field = olds.next();
                if (!b.has(field.getKey())) {
                    out.add(new FieldChange(FieldChange.Kind.REMOVED, pointer + "/" + escape(field.getKey()),
                            Optional.of(JacksonTrees.toValue(field.getValue())), Optional.empty()));
                }
            }
            return;
        }
        if (a.isArray() && b.isArray()) {
            Function<JsonNode, String> key = KEYS.get(INDEX.matcher(pointer).replaceAll(""));
            if (key != null) {
                keyed(pointer, a, b, key, out);
            } else if (allScalars(a) && allScalars(b)) {
                asSets(pointer, a, b, out);
            } else {
                positional(pointer, a, b, out);
            }
            return;
        }
        out.add(new FieldChange(FieldChange.Kind.CHANGED, pointer, Optional.of(JacksonTrees.toValue(a)), Optional.of(JacksonTrees.toValue(b))));
    }

    private static void keyed(String pointer, JsonNode a, JsonNode b, Function<JsonNode, String> key,
            List<FieldChange> out) {
        Map<String, Integer> oldIndex = index(a, key);
        Map<String, Integer> newIndex = index(b, key);
        if (oldIndex == null || newIndex == null) {
            positional(pointer, a, b, out);
            return;
        }
        for (int i = 0; i < b.size(); i++) {
            Integer j = oldIndex.get(key.apply(b.get(i)));
            if (j == null) {
                out.add(new FieldChange(FieldChange.Kind.ADDED, pointer + "/" + i, Optional.empty(), Optional.of(JacksonTrees.toValue(b.get(i)))));
            } else {
                walk(pointer + "/" + i, a.get(j), b.get(i), out);
            }
        }
        for (int j = 0; j < a.size(); j++) {
            if (!newIndex.containsKey(key.apply(a.get(j)))) {
                out.add(new FieldChange(FieldChange.Kind.REMOVED, pointer + "/" + j, Optional.of(JacksonTrees.toValue(a.get(j))), Optional.empty()));
            }
        }
    }

    /** Element index by key, or null when a key repeats (then the array is compared by position). */
    private static Map<String, Integer> index(JsonNode array, Function<JsonNode, String> key) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            if (index.put(key.apply(array.get(i)), i) != null) {
                return null;
            }
        }
        return index;
    }

    private static void asSets(String pointer, JsonNode a, JsonNode b, List<FieldChange> out) {
        Set<JsonNode> olds = new HashSet<>();
        a.forEach(olds::add);
        Set<JsonNode> news = new HashSet<>();
        b.forEach(news::add);
        for (int i = 0; i < b.size(); i++) {
            if (!olds.contains(b.get(i))) {
                out.add(new FieldChange(FieldChange.Kind.ADDED, pointer + "/" + i, Optional.empty(), Optional.of(JacksonTrees.toValue(b.get(i)))));
            }
        }
        for (int j = 0; j < a.size(); j++) {
            if (!news.contains(a.get(j))) {
                out.add(new FieldChange(FieldChange.Kind.REMOVED, pointer + "/" + j, Optional.of(JacksonTrees.toValue(a.get(j))), Optional.empty()));
            }
        }
    }

    private static void positional(String pointer, JsonNode a, JsonNode b, List<FieldChange> out) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            walk(pointer + "/" + i, a.get(i), b.get(i), out);
        }
        for (int i = common; i < b.size(); i++) {
            out.add(new FieldChange(FieldChange.Kind.ADDED, pointer + "/" + i, Optional.empty(), Optional.of(JacksonTrees.toValue(b.get(i)))));
        }
        for (int j = common; j < a.size(); j++) {
            out.add(new FieldChange(FieldChange.Kind.REMOVED, pointer + "/" + j, Optional.of(JacksonTrees.toValue(a.get(j))), Optional.empty()));
        }
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? "" : value.asText();
    }

    /**
     * Escapes a member name for a JSON Pointer (RFC 6901).
     *
     * @param name the member name
     * @return {@code ~} as {@code ~0}, {@code /} as {@code ~1}
     */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
