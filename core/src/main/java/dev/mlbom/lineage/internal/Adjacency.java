package dev.mlbom.lineage.internal;

/**
 * Compressed adjacency lists: for each node, the ids of its edges in one shared array.
 * Immutable after construction and thread-safe.
 */
public final class Adjacency {
    private final int[] start;
    private final int[] edges;

    /**
     * Groups edges by one of their ends.
     *
     * @param nodeCount the number of nodes
     * @param endOfEdge for each edge id, the node it is grouped under
     */
    public Adjacency(int nodeCount, int[] endOfEdge) {
        start = new int[nodeCount + 1];
        for (int node : endOfEdge) {
            start[node + 1]++;
        }
        for (int i = 0; i < nodeCount; i++) {
            start[i + 1] += start[i];
        }
        edges = new int[endOfEdge.length];
        int[] fill = new int[nodeCount];
        for (int edge = 0; edge < endOfEdge.length; edge++) {
            int node = endOfEdge[edge];
            edges[start[node] + fill[node]++] = edge;
        }
    }

    /**
     * Where a node's edges begin in {@link #edgeAt(int)}.
     *
     * @param node the node
     * @return the first position
     */
    public int from(int node) {
        return start[node];
    }

    /**
     * Where a node's edges end (exclusive).
     *
     * @param node the node
     * @return the end position
     */
    public int to(int node) {
        return start[node + 1];
    }

    /**
     * The edge at a position.
     *
     * @param position between {@link #from(int)} and {@link #to(int)}
     * @return the edge id
     */
    public int edgeAt(int position) {
        return edges[position];
    }
}
