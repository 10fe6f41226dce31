package dev.mlbom.lineage.internal;

import dev.mlbom.lineage.LineageEdge;
import dev.mlbom.lineage.LineageNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds lineage cycles by an iterative depth-first search from each model towards its parents.
 * Each cycle is reported once, as the loop of {@code name@version} in parent-reference order with
 * the first node repeated at the end (e.g. {@code a@1 -> b@1 -> a@1}: a names b as parent, b
 * names a). Not thread-safe; use once.
 */
public final class CycleFinder {
    private final LineageNode[] nodes;
    private final Adjacency parents;
    private final LineageEdge[] edges;
    private final int[] edgeSource;

    /**
     * Prepares the search.
     *
     * @param nodes the nodes
     * @param edges the edges
     * @param edgeSource each edge's source node
     * @param edgeTarget each edge's target node
     */
    public CycleFinder(LineageNode[] nodes, LineageEdge[] edges, int[] edgeSource, int[] edgeTarget) {
        this.nodes = nodes;
        this.edges = edges;
        this.edgeSource = edgeSource;
        this.parents = new Adjacency(nodes.length, edgeTarget);
    }

    /**
     * Every distinct cycle (by node set), in the order found.
     *
     * @return the cycles, each a list of coordinates with the first repeated at the end
     */
    public List<List<String>> cycles() {
        byte[] state = new byte[nodes.length]; // 0 new, 1 on stack, 2 done
        int[] position = new int[nodes.length];
        int[] stackNode = new int[nodes.length];
        int[] stackCursor = new int[nodes.length];
        List<List<String>> found = new ArrayList<>();
        Set<Set<Integer>> seen = new HashSet<>();
        for (int root = 0; root < nodes.length; root++) {
            if (state[root] != 0 || !nodes[root].isModel()) {
                continue;
            }
            int depth = 0;
            stackNode[0] = root;
            stackCursor[0] = parents.from(root);
            state[root] = 1;
            position[root] = 0;
            while (depth >= 0) {
                int node = stackNode[depth];
                if (stackCursor[depth] == parents.to(node)) {
                    state[node] = 2;
                    depth--;
                    continue;
                }
                int edge = parents.edgeAt(stackCursor[depth]++);
                if (!edges[edge].kind().isLineage()) {
                    continue;
                }
                int parent = edgeSource[edge];
                if (state[parent] == 0) {
                    depth++;
                    stackNode[depth] = parent;
                    stackCursor[depth] = parents.from(parent);
                    state[parent] = 1;
                    position[parent] = depth;
                } else if (state[parent] == 1) {
                    Set<Integer> members = new TreeSet<>();
                    List<String> cycle = new ArrayList<>();
                    for (int i = position[parent]; i <= depth; i++) {
                        members.add(stackNode[i]);
                        cycle.add(nodes[stackNode[i]].coordinates());
                    }
                    cycle.add(nodes[parent].coordinates());
                    if (seen.add(members)) {
                        found.add(List.copyOf(cycle));
                    }
                }
            }
        }
        return found;
    }
}
