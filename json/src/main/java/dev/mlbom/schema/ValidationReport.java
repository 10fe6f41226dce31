package dev.mlbom.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of validating a document against the manifest schema: every violation found, sorted
 * by pointer (then keyword and message), so that reports are stable and easy to compare.
 *
 * <p>Immutable and thread-safe.
 *
 * @param violations the violations, sorted; empty when the document is valid
 */
public record ValidationReport(List<Violation> violations) {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::pointer)
            .thenComparing(Violation::keyword).thenComparing(Violation::message);

    /** Copies and sorts the violations. */
    public ValidationReport {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(ORDER);
        violations = List.copyOf(sorted);
    }

    /**
     * Whether the document is valid.
     *
     * @return true when there is no violation
     */
    public boolean isValid() {
        return violations.isEmpty();
    }
}
