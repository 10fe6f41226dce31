package dev.mlbom.schema;

import java.util.Objects;

/**
 * One way a document breaks the manifest schema. Immutable and thread-safe.
 *
 * @param pointer JSON Pointer (RFC 6901) of the offending value; for a missing or unknown member,
 *     the pointer of that member; {@code ""} for the whole document
 * @param keyword the JSON Schema keyword that failed, e.g. {@code required}, {@code type},
 *     {@code additionalProperties}, {@code enum}, {@code pattern}
 * @param message what is wrong, in words
 */
public record Violation(String pointer, String keyword, String message) {

    /** Checks that every part is present. */
    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message + " [" + keyword + "]";
    }
}
