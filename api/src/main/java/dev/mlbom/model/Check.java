package dev.mlbom.model;

import dev.mlbom.internal.Codes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects invariant violations while a record is constructed, so that a record reports all its
 * problems at once. Not thread-safe; one instance per constructor call.
 */
final class Check {

    /** Longest text accepted in any single field (characters). */
    static final int MAX_TEXT = 65_536;

    private final List<Problem> problems = new ArrayList<>();

    /** Adds a problem at a pointer relative to the record; {@code field} is already escaped. */
    void add(String field, String message) {
        problems.add(new Problem("/" + field, message));
    }

    void addAll(String pointerPrefix, List<Problem> nested) {
        for (Problem problem : nested) {
            problems.add(problem.under(pointerPrefix));
        }
    }

    String text(String field, String value) {
        if (value == null) {
            add(field, "is required");
        } else {
            checkText(field, value);
        }
        return value;
    }

    Optional<String> optionalText(String field, Optional<String> value) {
        if (value == null) {
            return Optional.empty();
        }
        value.ifPresent(v -> checkText(field, v));
        return value;
    }

    <T> T required(String field, T value) {
        if (value == null) {
            add(field, "is required");
        }
        return value;
    }

    <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    List<String> texts(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null) {
                add(field + "/" + i, "must not be null");
            } else {
                checkText(field + "/" + i, value);
            }
        }
        List<String> copy = new ArrayList<>(values.size());
        for (String value : values) {
            if (value != null) {
                copy.add(value);
            }
        }
        return List.copyOf(copy);
    }

    <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                add(field + "/" + i, "must not be null");
            } else {
                copy.add(values.get(i));
            }
        }
        return List.copyOf(copy);
    }

    /** Checks that the named things of a list have distinct names. */
    <T> void distinct(String field, List<T> values, java.util.function.Function<T, String> key, String what) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String k = key.apply(values.get(i));
            Integer first = seen.putIfAbsent(k, i);
            if (first != null) {
                add(field + "/" + i, what + " '" + k + "' appears twice (first at index " + first
                        + "); give each a distinct name");
            }
        }
    }

    <K, V> Map<K, V> map(String field, Map<K, V> values) {
        if (values == null) {
            return Map.of();
        }
        for (Map.Entry<K, V> entry : values.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                add(field, "must not contain null names or values");
                return Map.of();
            }
        }
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(values));
    }

    /** Checks that a free-text companion is present exactly when an enum says OTHER. */
    <E extends Enum<E>> Optional<String> other(String field, E value, E otherConstant, Optional<String> text) {
        Optional<String> checked = optionalText(field + "Other", text);
        if (value == otherConstant && checked.isEmpty()) {
            add(field + "Other", "is required when " + field + " is '" + Codes.id(value)
                    + "': say what it is in a few words");
        } else if (value != otherConstant && checked.isPresent()) {
            add(field + "Other", "is only allowed when " + field + " is 'other'");
        }
        return checked;
    }

    void order(String startField, Optional<Instant> start, String endField, Optional<Instant> end) {
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            add(endField, "is before " + startField + " (" + start.get() + "); check the two times");
        }
    }

    void nonNegative(String field, Optional<? extends Number> value) {
        if (value != null && value.isPresent()) {
            double d = value.get().doubleValue();
            if (!(d >= 0) || Double.isInfinite(d)) {
                add(field, "must be a finite number >= 0, got " + value.get());
            }
        }
    }

    /** Turns {@code -0.0} into {@code 0.0}: JSON (RFC 8785) writes both as {@code 0}, so records keep one. */
    static double unsignedZero(double value) {
        return value == 0.0 ? 0.0 : value;
    }

    /** {@link #unsignedZero(double)} over an optional value; null counts as empty. */
    static Optional<Double> unsignedZero(Optional<Double> value) {
        return value == null ? Optional.empty() : value.map(Check::unsignedZero);
    }

    void finite(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            add(field, "must be a finite number, got " + value);
        }
    }

    private void checkText(String field, String value) {
        if (value.isBlank()) {
            add(field, "must not be blank");
        } else if (value.length() > MAX_TEXT) {
            add(field, "is longer than " + MAX_TEXT + " characters");
        } else if (!value.equals(value.strip())) {
            add(field, "must not start or end with white space");
        }
    }

    void done() {
        if (!problems.isEmpty()) {
            throw new InvalidManifestException(problems);
        }
    }
}
