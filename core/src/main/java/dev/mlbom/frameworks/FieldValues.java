package dev.mlbom.frameworks;

import dev.mlbom.model.JsonValue;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the values a field path selects, for display; alternatives ({@code |}) are all walked. */
final class FieldValues {

    private FieldValues() {
    }

    static List<Map.Entry<String, String>> of(JsonValue tree, String path) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String alternative : path.split("\\|")) {
            String[] steps = alternative.trim().replaceFirst("^/", "").split("/");
            walk(tree, steps, 0, "", out);
        }
        return out;
    }

    private static void walk(JsonValue node, String[] steps, int i, String at, List<Map.Entry<String, String>> out) {
        if (i == steps.length) {
            if (populated(node)) {
                out.add(new AbstractMap.SimpleImmutableEntry<>(at, text(node)));
            }
            return;
        }
        String step = steps[i];
        boolean each = step.endsWith("[]") || step.endsWith("[*]");
        String name = step.replaceFirst("\\[\\*?]$", "");
        if (!(node instanceof JsonValue.Obj obj) || !obj.members().containsKey(name)) {
            return;
        }
        JsonValue child = obj.members().get(name);
        String here = at + "/" + name;
        if (each && child instanceof JsonValue.Array array) {
            for (int k = 0; k < array.items().size(); k++) {
                walk(array.items().get(k), steps, i + 1, here + "/" + k, out);
            }
        } else {
            walk(child, steps, i + 1, here, out);
        }
    }

    private static boolean populated(JsonValue node) {
        if (node instanceof JsonValue.Null) {
            return false;
        }
        if (node instanceof JsonValue.Text t) {
            return !t.value().isBlank();
        }
        if (node instanceof JsonValue.Array a) {
            return !a.items().isEmpty();
        }
        return !(node instanceof JsonValue.Obj o) || !o.members().isEmpty();
    }

    static String text(JsonValue node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonValue node, StringBuilder out) {
        if (node instanceof JsonValue.Text t) {
            out.append(t.value());
        } else if (node instanceof JsonValue.Number n) {
            double v = n.value();
            out.append(v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                    : String.format(Locale.ROOT, "%s", v));
        } else if (node instanceof JsonValue.Bool b) {
            out.append(b.value());
        } else if (node instanceof JsonValue.Array a) {
            out.append('[');
            for (int k = 0; k < a.items().size(); k++) {
                out.append(k == 0 ? "" : ", ");
                quoted(a.items().get(k), out);
            }
            out.append(']');
        } else if (node instanceof JsonValue.Obj o) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
                out.append(first ? "" : ", ").append(e.getKey()).append(": ");
                quoted(e.getValue(), out);
                first = false;
            }
            out.append('}');
        } else {
            out.append("null");
        }
    }

    private static void quoted(JsonValue node, StringBuilder out) {
        if (node instanceof JsonValue.Text t) {
            out.append('"').append(t.value()).append('"');
        } else {
            write(node, out);
        }
    }
}
