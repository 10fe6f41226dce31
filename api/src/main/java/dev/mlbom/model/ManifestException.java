package dev.mlbom.model;

import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import java.util.List;
import java.util.Objects;

/**
 * A manifest was rejected: by {@code Provenance.builder().build()}, or while reading JSON or
 * YAML. Lists every problem found, each with the JSON Pointer of the offending value, so that all
 * of them can be fixed in one pass.
 */
public final class ManifestException extends MlbomException {

    private static final long serialVersionUID = 1L;

    /** Why the manifest was rejected. */
    public enum Reason implements ReasonCode {
        /** The text is not well-formed JSON or YAML (includes duplicate keys). */
        MALFORMED,
        /** A limit was exceeded: document size, nesting depth, string length. */
        TOO_LARGE,
        /** A YAML feature mlbom refuses: anchors, aliases, custom tags, several documents. */
        UNSUPPORTED_YAML,
        /** The document is well-formed but breaks the schema or the model's rules. */
        INVALID,
        /** The document declares a schema version this mlbom does not read. */
        UNSUPPORTED_VERSION,
        /** The manifest could not be read or written (I/O). */
        IO_ERROR;

        /** {@inheritDoc} */
        @Override
        public Kind kind() {
            return this == IO_ERROR ? Kind.ENVIRONMENT_FAILED : Kind.INPUT_REJECTED;
        }
    }

    private final Reason reason;
    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param problems every problem found, at least one
     * @param cause the underlying failure, or null
     */
    public ManifestException(Reason reason, List<Problem> problems, Throwable cause) {
        super(InvalidManifestException.describe(problems) + hint(reason), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.problems = List.copyOf(problems);
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("a ManifestException needs at least one problem");
        }
    }

    /**
     * Creates the exception for one problem.
     *
     * @param reason why
     * @param pointer where (JSON Pointer)
     * @param message what is wrong and what to do
     * @return the exception
     */
    public static ManifestException of(Reason reason, String pointer, String message) {
        return new ManifestException(reason, List.of(new Problem(pointer, message)), null);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * Every problem found.
     *
     * @return an immutable, non-empty list
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String hint(Reason reason) {
        return switch (reason) {
            case INVALID -> " (fix each value named by its JSON Pointer)";
            case TOO_LARGE -> " (reduce the document or raise the reader's limits)";
            case UNSUPPORTED_YAML -> " (write plain YAML: no anchors, aliases, tags or extra documents)";
            default -> "";
        };
    }
}
