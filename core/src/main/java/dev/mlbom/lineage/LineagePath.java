package dev.mlbom.lineage;

import java.util.List;

/**
 * A directed path in a {@link LineageGraph}, from an ancestor down to a descendant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param nodes the nodes, ancestor first; at least one
 * @param edges the edges between consecutive nodes ({@code nodes.size() - 1} of them)
 */
public record LineagePath(List<LineageNode> nodes, List<LineageEdge> edges) {

    /** Checks the invariants and copies the lists. */
    public LineagePath {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        if (nodes.isEmpty() || edges.size() != nodes.size() - 1) {
            throw new IllegalArgumentException("a path has n nodes and n - 1 edges, n >= 1");
        }
    }

    /**
     * The path as text, e.g. {@code base@1 -[fine-tune]-> chat@1 -[quantization]-> chat-q4@1}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(nodes.get(0).coordinates());
        for (int i = 0; i < edges.size(); i++) {
            out.append(" -[").append(edges.get(i).label()).append("]-> ").append(nodes.get(i + 1).coordinates());
        }
        return out.toString();
    }
}
