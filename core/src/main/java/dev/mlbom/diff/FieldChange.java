package dev.mlbom.diff;

import dev.mlbom.model.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One added, removed or changed value between two manifests' JSON.
 *
 * <p>Pointers are RFC 6901 JSON Pointers. Arrays of named things (datasets, benchmarks,
 * dependencies, safety filters, system prompts, artifacts, parents, red-teaming exercises) are
 * matched by key, not by position; array indexes in a pointer are those of the NEW manifest for
 * {@link Kind#CHANGED} and {@link Kind#ADDED}, and of the OLD manifest for {@link Kind#REMOVED}.
 * Lists of plain values (restrictions, filtering steps, ...) are compared as sets of values.
 *
 * <p>Immutable and thread-safe (the values are immutable {@link JsonValue}s).
 *
 * @param kind added, removed or changed
 * @param pointer where
 * @param oldValue the old value; empty when added
 * @param newValue the new value; empty when removed
 */
public record FieldChange(Kind kind, String pointer, Optional<JsonValue> oldValue, Optional<JsonValue> newValue) {

    /** What happened to a value. */
    public enum Kind {
        /** Present only in the new manifest. */
        ADDED,
        /** Present only in the old manifest. */
        REMOVED,
        /** Present in both, with different values. */
        CHANGED
    }

    /** Checks the invariants. */
    public FieldChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
        if (oldValue.isPresent() != (kind != Kind.ADDED) || newValue.isPresent() != (kind != Kind.REMOVED)) {
            throw new IllegalArgumentException(kind + " needs " + (kind == Kind.ADDED ? "only a new value"
                    : kind == Kind.REMOVED ? "only an old value" : "both values"));
        }
    }
}
