package dev.mlbom.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversion between {@link JsonValue} and Jackson trees for the whole json module (the schema
 * package sits below the codec, so the conversion lives here). Stateless and thread-safe.
 */
public final class JsonTrees {

    /** The node factory used for every tree the module builds. */
    public static final JsonNodeFactory NODES = new JsonNodeFactory(false);

    /** 2^63: integral doubles below this magnitude convert to a {@code long} exactly. */
    private static final double LONG_LIMIT = 9_223_372_036_854_775_808.0;

    private JsonTrees() {
    }

    /**
     * A number node: integral values within the range of a {@code long} as integers (exactly; no
     * fraction, {@code -0} as {@code 0}), others as doubles, so that an integer member of a manifest
     * binds whatever its size.
     *
     * @param value a finite double
     * @return the node
     */
    public static JsonNode number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < LONG_LIMIT) {
            return NODES.numberNode((long) value);
        }
        return NODES.numberNode(value);
    }

    /**
     * A value as a new tree, object members in the value's order.
     *
     * @param value the value
     * @return a new, mutable tree
     */
    public static JsonNode node(JsonValue value) {
        if (value instanceof JsonValue.Obj o) {
            ObjectNode object = NODES.objectNode();
            o.members().forEach((k, v) -> object.set(k, node(v)));
            return object;
        } else if (value instanceof JsonValue.Array a) {
            ArrayNode array = NODES.arrayNode();
            for (JsonValue item : a.items()) {
                array.add(node(item));
            }
            return array;
        } else if (value instanceof JsonValue.Text t) {
            return NODES.textNode(t.value());
        } else if (value instanceof JsonValue.Number n) {
            return number(n.value());
        } else if (value instanceof JsonValue.Bool b) {
            return NODES.booleanNode(b.value());
        }
        return NODES.nullNode();
    }

    /**
     * A tree as a value, object members in document order, every number as the nearest double.
     *
     * @param node the tree
     * @return the value
     * @throws IllegalArgumentException when a number is not finite as a double or a node is not
     *     JSON (binary, POJO, missing), naming the JSON Pointer
     */
    public static JsonValue value(JsonNode node) {
        return value(node, "");
    }

    private static JsonValue value(JsonNode node, String pointer) {
        switch (node.getNodeType()) {
            case STRING:
                return new JsonValue.Text(node.textValue());
            case NUMBER: {
                double d = node.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new IllegalArgumentException("not a JSON value at '" + pointer
                            + "': must be a finite number; JSON has no NaN or infinity");
                }
                return new JsonValue.Number(d);
            }
            case BOOLEAN:
                return new JsonValue.Bool(node.booleanValue());
            case NULL:
                return JsonValue.NULL;
            case ARRAY: {
                List<JsonValue> items = new ArrayList<>(node.size());
                for (int i = 0; i < node.size(); i++) {
                    items.add(value(node.get(i), pointer + "/" + i));
                }
                return new JsonValue.Array(items);
            }
            case OBJECT: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    members.put(e.getKey(), value(e.getValue(), pointer + "/" + Problem.escape(e.getKey())));
                }
                return new JsonValue.Obj(members);
            }
            default:
                throw new IllegalArgumentException("not a JSON value at '" + pointer + "': is not a JSON value");
        }
    }
}
