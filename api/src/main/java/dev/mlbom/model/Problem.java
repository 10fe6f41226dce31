package dev.mlbom.model;

import java.util.Objects;

/**
 * One problem found in a manifest: where (a JSON Pointer, RFC 6901, into the manifest's JSON
 * form) and what is wrong, with what to do.
 *
 * @param pointer JSON Pointer of the offending value, {@code ""} for the whole document
 * @param message what is wrong and what to do
 */
public record Problem(String pointer, String message) {

    /** Checks that both parts are present. */
    public Problem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /**
     * This problem with a pointer prefix, for a value nested in a larger document.
     *
     * @param prefix the pointer of the enclosing value, e.g. {@code /datasets/0}
     * @return the problem relative to the enclosing document
     */
    public Problem under(String prefix) {
        return new Problem(prefix + pointer, message);
    }

    /**
     * Escapes one reference token for use in a JSON Pointer ({@code ~} to {@code ~0},
     * {@code /} to {@code ~1}).
     *
     * @param token a member name
     * @return the escaped token
     */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
    }
}
