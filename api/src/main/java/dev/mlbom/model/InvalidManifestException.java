package dev.mlbom.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a model record's constructor when its values break the record's invariants. Carries
 * every problem of that record at once, with pointers relative to the record.
 *
 * <p>This is unchecked because a record built in code with bad values is a programming error.
 * Builders ({@code Provenance.builder()}) and the codec catch it and report a checked
 * {@code ManifestException} that lists every problem of the whole manifest.
 */
public final class InvalidManifestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems; an immutable list. */
    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems at least one problem
     */
    public InvalidManifestException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, with pointers relative to the record that threw.
     *
     * @return an immutable list, never empty
     */
    public List<Problem> problems() {
        return problems;
    }

    static String describe(List<Problem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }
}
