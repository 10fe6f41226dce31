package dev.mlbom.codec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.model.Digest;
import dev.mlbom.model.JsonValue;
import dev.mlbom.schema.internal.JsonTrees;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Conversions between model values and tree nodes that several bindings share: numbers, times,
 * dates, digests and free JSON values. Stateless and thread-safe.
 */
public final class Values {

    /** The node factory used for every tree the codec builds. */
    public static final JsonNodeFactory NODES = JsonTrees.NODES;

    /** Integral doubles below this magnitude are written as integers (2^53: exactly representable). */
    private static final double EXACT_INTEGER_LIMIT = 9_007_199_254_740_992.0;

    private Values() {
    }

    /**
     * A number node: integral values as integers (no fraction, {@code -0} as {@code 0}), others as
     * doubles (written in their shortest form).
     *
     * @param value a finite double
     * @return the node
     */
    public static JsonNode number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER_LIMIT) {
            return NODES.numberNode((long) value);
        }
        return NODES.numberNode(value);
    }

    /**
     * An instant as ISO-8601 in UTC, e.g. {@code 2026-10-01T12:00:00Z} (fractions of a second only when present).
     *
     * @param instant the instant
     * @return the text
     */
    public static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /**
     * A date as {@code YYYY-MM-DD}.
     *
     * @param date the date
     * @return the text
     */
    public static String date(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /**
     * A digest as {@code algorithm:hex}.
     *
     * @param digest the digest
     * @return e.g. {@code sha256:9f86...}
     */
    public static String digest(Digest digest) {
        return digest.algorithm().id() + ":" + digest.hex();
    }

    /**
     * Digests as an in-toto DigestSet: an object from algorithm id to hex, sorted by id.
     *
     * @param digests the digests
     * @return the object
     */
    public static ObjectNode digestSet(List<Digest> digests) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Digest digest : digests) {
            sorted.put(digest.algorithm().id(), digest.hex());
        }
        ObjectNode set = NODES.objectNode();
        sorted.forEach(set::put);
        return set;
    }

    /**
     * A free JSON value as a node; object members sorted by name.
     *
     * @param value the value
     * @return the node
     */
    public static JsonNode json(JsonValue value) {
        if (value instanceof JsonValue.Text t) {
            return NODES.textNode(t.value());
        } else if (value instanceof JsonValue.Number n) {
            return number(n.value());
        } else if (value instanceof JsonValue.Bool b) {
            return NODES.booleanNode(b.value());
        } else if (value instanceof JsonValue.Null) {
            return NODES.nullNode();
        } else if (value instanceof JsonValue.Array a) {
            ArrayNode array = NODES.arrayNode();
            for (JsonValue item : a.items()) {
                array.add(json(item));
            }
            return array;
        } else {
            ObjectNode object = NODES.objectNode();
            new TreeMap<>(((JsonValue.Obj) value).members()).forEach((k, v) -> object.set(k, json(v)));
            return object;
        }
    }

    /**
     * A free JSON value as a node, object members in the value's own order (unlike
     * {@link #json(JsonValue)}, which sorts them for writing).
     *
     * @param value the value
     * @return a new node
     */
    public static JsonNode node(JsonValue value) {
        return JsonTrees.node(value);
    }

    /**
     * A node as a free JSON value, object members in document order, numbers as doubles.
     *
     * @param node the node
     * @return the value
     * @throws IllegalArgumentException when a number is not finite or a node is not JSON
     */
    public static JsonValue value(JsonNode node) {
        return JsonTrees.value(node);
    }

    /**
     * A node as a free JSON value; object members keep document order.
     *
     * @param node the node
     * @param pointer where it is, for problems
     * @param problems where problems go (a non-finite number)
     * @return the value, or null when a number was out of range
     */
    public static JsonValue json(JsonNode node, String pointer, Problems problems) {
        switch (node.getNodeType()) {
            case STRING:
                return new JsonValue.Text(node.textValue());
            case NUMBER: {
                double d = node.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    problems.add(pointer, "must be a finite number; JSON has no NaN or infinity");
                    return null;
                }
                return new JsonValue.Number(d);
            }
            case BOOLEAN:
                return new JsonValue.Bool(node.booleanValue());
            case NULL:
                return JsonValue.NULL;
            case ARRAY: {
                List<JsonValue> items = new ArrayList<>();
                boolean ok = true;
                for (int i = 0; i < node.size(); i++) {
                    JsonValue item = json(node.get(i), pointer + "/" + i, problems);
                    ok &= item != null;
                    items.add(item);
                }
                return ok ? new JsonValue.Array(items) : null;
            }
            case OBJECT: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                boolean ok = true;
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    JsonValue member = json(e.getValue(), pointer + "/" + dev.mlbom.model.Problem.escape(e.getKey()),
                            problems);
                    ok &= member != null;
                    members.put(e.getKey(), member);
                }
                return ok ? new JsonValue.Obj(members) : null;
            }
            default:
                problems.add(pointer, "is not a JSON value");
                return null;
        }
    }

    /**
     * The JSON type of a node, for messages.
     *
     * @param node the node
     * @return e.g. {@code a string}, {@code null}
     */
    public static String typeOf(JsonNode node) {
        switch (node.getNodeType()) {
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case NULL:
                return "null";
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            default:
                return "an unsupported value";
        }
    }
}
