package dev.mlbom.lineage;

import java.util.List;

/**
 * Every integrity issue of a lineage graph, errors first, each group in a deterministic order.
 * Produced without throwing by {@link LineageGraph#integrity()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param issues the issues
 */
public record IntegrityReport(List<IntegrityIssue> issues) {

    /** Copies the list. */
    public IntegrityReport {
        issues = List.copyOf(issues);
    }

    /**
     * Whether no issue is an error.
     *
     * @return true when the graph is sound (it may still have warnings such as missing ancestors)
     */
    public boolean isSound() {
        return errors().isEmpty();
    }

    /**
     * Whether there is no issue at all.
     *
     * @return true when there are neither errors nor warnings
     */
    public boolean isClean() {
        return issues.isEmpty();
    }

    /**
     * The errors.
     *
     * @return issues of severity {@link IntegrityIssue.Severity#ERROR}
     */
    public List<IntegrityIssue> errors() {
        return issues.stream().filter(i -> i.severity() == IntegrityIssue.Severity.ERROR).toList();
    }

    /**
     * The issues with a reason.
     *
     * @param reason the reason
     * @return those issues, in report order
     */
    public List<IntegrityIssue> withReason(LineageException.Reason reason) {
        return issues.stream().filter(i -> i.reason() == reason).toList();
    }

    /**
     * One line per issue.
     *
     * @return the report as text, or {@code lineage OK} when clean
     */
    @Override
    public String toString() {
        if (issues.isEmpty()) {
            return "lineage OK";
        }
        StringBuilder out = new StringBuilder();
        for (IntegrityIssue issue : issues) {
            out.append(issue).append('\n');
        }
        return out.toString();
    }
}
