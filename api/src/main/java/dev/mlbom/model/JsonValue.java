package dev.mlbom.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value, for the open parts of a manifest: {@code extensions} and extra hyperparameters.
 * Immutable; objects keep their members in insertion order, but equality ignores order.
 */
public sealed interface JsonValue {

    /** JSON {@code null}. */
    JsonValue NULL = new Null();

    /**
     * A string value.
     *
     * @param value the string
     * @return the value
     */
    static JsonValue of(String value) {
        return new Text(value);
    }

    /**
     * A number value.
     *
     * @param value a finite double
     * @return the value
     */
    static JsonValue of(double value) {
        return new Number(value);
    }

    /**
     * A boolean value.
     *
     * @param value the boolean
     * @return the value
     */
    static JsonValue of(boolean value) {
        return new Bool(value);
    }

    /**
     * A string.
     *
     * @param value the text
     */
    record Text(String value) implements JsonValue {
        /** Checks the value is present. */
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A number. JSON numbers are IEEE-754 doubles here, as in RFC 8785.
     *
     * @param value a finite double
     */
    record Number(double value) implements JsonValue {
        /** Rejects NaN and infinities, which JSON cannot carry. */
        public Number {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("JSON numbers must be finite, got " + value);
            }
        }

        @Override
        public boolean equals(Object other) {
            // -0.0 and 0.0 are the same JSON number (RFC 8785 writes both as 0)
            return other instanceof Number n && (n.value == value);
        }

        @Override
        public int hashCode() {
            return Double.hashCode(value == 0.0 ? 0.0 : value);
        }
    }

    /**
     * A boolean.
     *
     * @param value the boolean
     */
    record Bool(boolean value) implements JsonValue {
    }

    /** JSON {@code null}; use {@link JsonValue#NULL}. */
    record Null() implements JsonValue {
    }

    /**
     * An array.
     *
     * @param items the items, copied
     */
    record Array(List<JsonValue> items) implements JsonValue {
        /** Copies the items. */
        public Array {
            items = List.copyOf(items);
        }
    }

    /**
     * An object. Member names are unique by construction.
     *
     * @param members the members, copied, insertion order kept
     */
    record Obj(Map<String, JsonValue> members) implements JsonValue {
        /** Copies the members. */
        public Obj {
            for (Map.Entry<String, JsonValue> e : members.entrySet()) {
                Objects.requireNonNull(e.getKey(), "member name");
                Objects.requireNonNull(e.getValue(), "member value");
            }
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }
}
