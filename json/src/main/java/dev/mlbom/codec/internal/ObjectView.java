package dev.mlbom.codec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.internal.Codes;
import dev.mlbom.model.Digest;
import dev.mlbom.model.HashAlgorithm;
import dev.mlbom.model.InvalidManifestException;
import dev.mlbom.model.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the members of one JSON object of a manifest strictly: each accessor names the member it
 * consumes and its expected type; problems (missing, wrong type, bad value) go to a shared
 * {@link Problems} with their JSON Pointer, and {@link #finish} reports members nobody consumed.
 * Accessors return null (or empty) for a value that had a problem, so binding carries on and finds
 * every problem. Not thread-safe; one per object per read.
 */
public final class ObjectView {

    private static final Pattern LOWER_HEX = Pattern.compile("[0-9a-f]+");
    private static final Pattern DATE = Pattern.compile("(?:[+-][0-9]{5,}|[0-9]{4})-[0-9]{2}-[0-9]{2}");
    /** The schema's timestamp form; the ISO parser alone also takes lower case, 4-digit signed years, offset seconds. */
    private static final Pattern TIMESTAMP = Pattern.compile("(?:[+-][0-9]{5,}|[0-9]{4})-[0-9]{2}-[0-9]{2}"
            + "T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})");

    private final JsonNode node;
    private final String pointer;
    private final Problems problems;
    /** Names asked for (a few per object: a list beats a hash set here). */
    private final List<String> consumed = new ArrayList<>(8);
    /** How many of the names asked for are present; all members were consumed when it is the object's size. */
    private int consumedPresent;
    private final int problemsAtStart;

    private ObjectView(JsonNode node, String pointer, Problems problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
        this.problemsAtStart = problems.count();
    }

    /**
     * Views a node as an object.
     *
     * @param node the node
     * @param pointer where it is
     * @param problems where problems go
     * @return the view, or null (after recording a problem) when the node is not an object
     */
    public static ObjectView of(JsonNode node, String pointer, Problems problems) {
        if (!node.isObject()) {
            problems.add(pointer, "must be an object, got " + Values.typeOf(node));
            return null;
        }
        return new ObjectView(node, pointer, problems);
    }

    /**
     * The pointer of this object.
     *
     * @return a JSON Pointer
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The pointer of a member.
     *
     * @param name the member name
     * @return {@code pointer/name}, escaped
     */
    public String at(String name) {
        return pointer + "/" + Problem.escape(name);
    }

    /**
     * The problem sink.
     *
     * @return the problems
     */
    public Problems problems() {
        return problems;
    }

    /**
     * Whether a member is present (and marks it consumed).
     *
     * @param name the member
     * @return true when present
     */
    public boolean has(String name) {
        JsonNode value = node.get(name);
        consume(name, value);
        return value != null;
    }

    private void consume(String name, JsonNode value) {
        if (!consumed.contains(name)) {
            consumed.add(name);
            if (value != null) {
                consumedPresent++;
            }
        }
    }

    /**
     * A member's node, marking it consumed.
     *
     * @param name the member
     * @param required whether a missing member is a problem
     * @return the node, or null when absent
     */
    public JsonNode member(String name, boolean required) {
        JsonNode value = node.get(name);
        consume(name, value);
        if (value == null && required) {
            problems.add(at(name), "is required");
        }
        return value;
    }

    /**
     * A required string.
     *
     * @param name the member
     * @return the text, or null
     */
    public String text(String name) {
        return text(member(name, true), at(name));
    }

    /**
     * An optional string.
     *
     * @param name the member
     * @return the text, or empty
     */
    public Optional<String> optText(String name) {
        JsonNode value = member(name, false);
        return value == null ? Optional.empty() : Optional.ofNullable(text(value, at(name)));
    }

    private String text(JsonNode value, String where) {
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(where, "must be a string, got " + Values.typeOf(value)
                    + (value.isNumber() || value.isBoolean() ? " (in YAML, put it in quotes)" : ""));
            return null;
        }
        return value.textValue();
    }

    /**
     * An optional list of strings ({@code []} reads as empty).
     *
     * @param name the member
     * @return the strings; empty when absent or broken
     */
    public List<String> texts(String name) {
        return list(name, (item, where) -> text(item, where));
    }

    /**
     * A required boolean.
     *
     * @param name the member
     * @return the value, or null
     */
    public Boolean bool(String name) {
        JsonNode value = member(name, true);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problems.add(at(name), "must be true or false, got " + Values.typeOf(value));
            return null;
        }
        return value.booleanValue();
    }

    /**
     * A number (integral or not).
     *
     * @param name the member
     * @param required whether it must be present
     * @return the value, or null
     */
    public Double number(String name, boolean required) {
        JsonNode value = member(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(at(name), "must be a number, got " + Values.typeOf(value));
            return null;
        }
        double d = value.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            problems.add(at(name), "must be a finite number");
            return null;
        }
        return d;
    }

    /**
     * An optional number.
     *
     * @param name the member
     * @return the value, or empty
     */
    public Optional<Double> optNumber(String name) {
        return Optional.ofNullable(number(name, false));
    }

    /**
     * An integer within {@code [min, max]} ({@code 3.0} counts as the integer 3, as in JSON Schema).
     *
     * @param name the member
     * @param required whether it must be present
     * @param min smallest value
     * @param max largest value
     * @return the value, or null
     */
    public Long integer(String name, boolean required, long min, long max) {
        JsonNode value = member(name, required);
        if (value == null) {
            return null;
        }
        Long result = null;
        if (value.isIntegralNumber()) {
            if (value.canConvertToLong()) {
                result = value.longValue();
            }
        } else if (value.isNumber()) {
            double d = value.doubleValue();
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                problems.add(at(name), "must be an integer, got " + d);
                return null;
            }
            if (Math.abs(d) < 9.0e18) {
                result = (long) d;
            }
        } else {
            problems.add(at(name), "must be an integer, got " + Values.typeOf(value));
            return null;
        }
        if (result == null || result < min || result > max) {
            problems.add(at(name), "must be an integer from " + min + " to " + max + ", got " + value.asText());
            return null;
        }
        return result;
    }

    /**
     * An optional integer of the {@code int} range.
     *
     * @param name the member
     * @return the value, or empty
     */
    public Optional<Integer> optInt(String name) {
        Long value = integer(name, false, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return value == null ? Optional.empty() : Optional.of(value.intValue());
    }

    /**
     * An optional integer of the {@code long} range.
     *
     * @param name the member
     * @return the value, or empty
     */
    public Optional<Long> optLong(String name) {
        return Optional.ofNullable(integer(name, false, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /**
     * A required enum constant, written as its id.
     *
     * @param name the member
     * @param type the enum
     * @param <E> the enum
     * @return the constant, or null
     */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return enumValue(member(name, true), at(name), type);
    }

    /**
     * An optional enum constant.
     *
     * @param name the member
     * @param type the enum
     * @param <E> the enum
     * @return the constant, or empty
     */
    public <E extends Enum<E>> Optional<E> optEnum(String name, Class<E> type) {
        return Optional.ofNullable(enumValue(member(name, false), at(name), type));
    }

    private <E extends Enum<E>> E enumValue(JsonNode value, String where, Class<E> type) {
        String id = text(value, where);
        if (id == null) {
            return null;
        }
        Optional<E> constant = Codes.fromId(type, id);
        if (constant.isEmpty()) {
            problems.add(where, "must be one of " + Codes.allIds(type) + ", got '" + abbreviate(id) + "'");
            return null;
        }
        return constant.get();
    }

    /**
     * A required instant: ISO-8601 with a zone offset, normalized to UTC.
     *
     * @param name the member
     * @return the instant, or null
     */
    public Instant instant(String name) {
        return instant(member(name, true), at(name));
    }

    /**
     * An optional instant.
     *
     * @param name the member
     * @return the instant, or empty
     */
    public Optional<Instant> optInstant(String name) {
        return Optional.ofNullable(instant(member(name, false), at(name)));
    }

    private Instant instant(JsonNode value, String where) {
        String text = text(value, where);
        if (text == null) {
            return null;
        }
        try {
            if (TIMESTAMP.matcher(text).matches()) {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(where, "must be an ISO-8601 time with an offset, like 2026-10-01T12:00:00Z, got '"
                + abbreviate(text) + "'");
        return null;
    }

    /**
     * A required date, {@code YYYY-MM-DD}.
     *
     * @param name the member
     * @return the date, or null
     */
    public LocalDate date(String name) {
        String where = at(name);
        String text = text(member(name, true), where);
        if (text == null) {
            return null;
        }
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(where, "must be a date written YYYY-MM-DD, like 2026-10-30, got '" + abbreviate(text) + "'");
        return null;
    }

    /**
     * An optional digest written {@code algorithm:hex}.
     *
     * @param name the member
     * @return the digest, or empty
     */
    public Optional<Digest> optDigest(String name) {
        return Optional.ofNullable(digest(member(name, false), at(name)));
    }

    /**
     * A required digest written {@code algorithm:hex}.
     *
     * @param name the member
     * @return the digest, or null
     */
    public Digest digest(String name) {
        return digest(member(name, true), at(name));
    }

    private Digest digest(JsonNode value, String where) {
        String text = text(value, where);
        if (text == null) {
            return null;
        }
        int colon = text.indexOf(':');
        Optional<HashAlgorithm> algorithm = colon < 0 ? Optional.empty() : algorithm(text.substring(0, colon));
        if (algorithm.isEmpty()) {
            problems.add(where, "must be a digest written algorithm:hex with algorithm one of "
                    + algorithmIds() + ", got '" + abbreviate(text) + "'");
            return null;
        }
        return digest(algorithm.get(), text.substring(colon + 1), where);
    }

    private Digest digest(HashAlgorithm algorithm, String hex, String where) {
        if (hex.length() != algorithm.hexLength() || !LOWER_HEX.matcher(hex).matches()) {
            problems.add(where, "a " + algorithm.id() + " digest must be " + algorithm.hexLength()
                    + " lower-case hex characters, got '" + abbreviate(hex) + "'");
            return null;
        }
        return new Digest(algorithm, hex);
    }

    /**
     * A digest set: an object from algorithm id to lower-case hex.
     *
     * @param name the member
     * @return the digests in document order, empty when absent, null when broken
     */
    public List<Digest> digestSet(String name) {
        JsonNode value = member(name, false);
        if (value == null) {
            return List.of();
        }
        if (!value.isObject()) {
            problems.add(at(name), "must be an object from algorithm to hex digest, got " + Values.typeOf(value));
            return null;
        }
        if (value.isEmpty()) {
            problems.add(at(name), "must hold at least one digest; omit it instead");
            return null;
        }
        List<Digest> digests = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            String where = at(name) + "/" + Problem.escape(e.getKey());
            Optional<HashAlgorithm> algorithm = algorithm(e.getKey());
            if (algorithm.isEmpty()) {
                problems.add(where, "is not a digest algorithm; use one of " + algorithmIds());
                ok = false;
                continue;
            }
            String hex = text(e.getValue(), where);
            Digest digest = hex == null ? null : digest(algorithm.get(), hex, where);
            ok &= digest != null;
            if (digest != null) {
                digests.add(digest);
            }
        }
        return ok ? digests : null;
    }

    private static Optional<HashAlgorithm> algorithm(String id) {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            if (algorithm.id().equals(id)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    private static String algorithmIds() {
        List<String> ids = new ArrayList<>();
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            ids.add(algorithm.id());
        }
        return ids.toString();
    }

    /**
     * An optional array, each item bound by a function.
     *
     * @param name the member
     * @param item binds one item (node, pointer) to a value or null
     * @param <T> the item type
     * @return the items; empty when absent; null when the array or an item is broken
     */
    public <T> List<T> list(String name, ItemBinder<T> item) {
        return list(name, 0, item);
    }

    /**
     * An optional array with a least length when present, each item bound by a function.
     *
     * @param name the member
     * @param minItems the fewest items a present array may have
     * @param item binds one item (node, pointer) to a value or null
     * @param <T> the item type
     * @return the items; empty when absent; null when the array or an item is broken
     */
    public <T> List<T> list(String name, int minItems, ItemBinder<T> item) {
        JsonNode value = member(name, false);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(at(name), "must be an array, got " + Values.typeOf(value));
            return null;
        }
        if (value.size() < minItems) {
            problems.add(at(name), "must hold at least " + minItems + " item(s); omit it instead");
            return null;
        }
        List<T> items = new ArrayList<>(value.size());
        boolean ok = true;
        String prefix = at(name) + "/";
        for (int i = 0; i < value.size(); i++) {
            T bound = item.bind(value.get(i), prefix + i);
            ok &= bound != null;
            items.add(bound);
        }
        return ok ? items : null;
    }

    /**
     * An optional object bound by a function.
     *
     * @param name the member
     * @param binder binds the object (node, pointer)
     * @param <T> the value type
     * @return the value, or empty when absent or broken
     */
    public <T> Optional<T> opt(String name, ItemBinder<T> binder) {
        JsonNode value = member(name, false);
        return value == null ? Optional.empty() : Optional.ofNullable(binder.bind(value, at(name)));
    }

    /**
     * A required object bound by a function.
     *
     * @param name the member
     * @param binder binds the object (node, pointer)
     * @param <T> the value type
     * @return the value, or null when absent or broken
     */
    public <T> T req(String name, ItemBinder<T> binder) {
        JsonNode value = member(name, true);
        return value == null ? null : binder.bind(value, at(name));
    }

    /**
     * An optional object whose members are all bound by one function, kept in name order.
     *
     * @param name the member
     * @param binder binds one member value (node, pointer)
     * @param <T> the value type
     * @return the map; empty when absent; null when broken
     */
    public <T> Map<String, T> map(String name, ItemBinder<T> binder) {
        JsonNode value = member(name, false);
        if (value == null) {
            return Map.of();
        }
        if (!value.isObject()) {
            problems.add(at(name), "must be an object, got " + Values.typeOf(value));
            return null;
        }
        Map<String, T> out = new LinkedHashMap<>();
        boolean ok = true;
        String prefix = at(name) + "/";
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            T bound = binder.bind(e.getValue(), prefix + Problem.escape(e.getKey()));
            ok &= bound != null;
            out.put(e.getKey(), bound);
        }
        return ok ? out : null;
    }

    /**
     * Reports the members no accessor consumed, then constructs the record when possible.
     * Construction is attempted even after problems inside this object, so that the record's own
     * rules are checked too; its complaints about values already reported are dropped.
     *
     * @param constructor calls the record's constructor
     * @param <T> the record
     * @return the record, or null when this object had any problem
     */
    public <T> T finish(Supplier<T> constructor) {
        if (consumedPresent != node.size()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!consumed.contains(e.getKey())) {
                    problems.add(at(e.getKey()), "is not a known member here; remove it or, for extra data, put it"
                            + " under /extensions with a namespaced key");
                }
            }
        }
        boolean clean = problems.count() == problemsAtStart;
        T result = null;
        try {
            result = constructor.get();
        } catch (InvalidManifestException e) {
            for (Problem problem : e.problems()) {
                problems.addUnlessCovered(problem.under(pointer));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            if (clean) {
                problems.add(pointer, String.valueOf(e.getMessage()));
            }
        }
        return problems.count() == problemsAtStart ? result : null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }

    /**
     * Binds one value at a pointer.
     *
     * @param <T> the value type
     */
    @FunctionalInterface
    public interface ItemBinder<T> {
        /**
         * Binds a node.
         *
         * @param node the node
         * @param pointer its pointer
         * @return the value, or null after recording problems
         */
        T bind(JsonNode node, String pointer);
    }
}
