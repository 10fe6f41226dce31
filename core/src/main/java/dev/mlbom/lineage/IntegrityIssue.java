package dev.mlbom.lineage;

import java.util.List;
import java.util.Objects;

/**
 * One problem found while checking a lineage graph.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason the reason code
 * @param severity whether it rejects the graph
 * @param nodes the nodes concerned by {@code name@version}; for a cycle, the loop in order with
 *     the first node repeated at the end
 * @param message what is wrong, where (file or {@code name@version}) and what to do
 */
public record IntegrityIssue(LineageException.Reason reason, Severity severity, List<String> nodes, String message) {

    /** How serious an issue is. */
    public enum Severity {
        /** The graph is rejected. */
        ERROR,
        /** The graph is usable but incomplete (e.g. a parent's manifest is missing). */
        WARNING
    }

    /** Checks the invariants and copies the list. */
    public IntegrityIssue {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(severity, "severity");
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity + " " + reason + ": " + message;
    }
}
