package dev.mlbom.lineage.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Finds lineage cycles by an iterative depth-first search from each model towards its parents.
 * Each cycle is reported once, as the loop of {@code name@version} in parent-reference order with
 * the first node repeated at the end (e.g. {@code a@1 -> b@1 -> a@1}: a names b as parent, b
 * names a). Not thread-safe; use once.
 */
public final class CycleFinder {
    private final int nodeCount;
    private final IntFunction<String> coordinates;
    private final Adjacency parents;
    private final boolean[] lineage;
    private final int[] edgeSource;

    /**
     * Prepares the search.
     *
     * @param nodeCount the number of nodes
     * @param coordinates each node's {@code name@version}
     * @param lineage per edge: whether it is a lineage edge (others are ignored)
     * @param edgeSource each edge's source node
     * @param edgeTarget each edge's target node
     */
    public CycleFinder(int nodeCount, IntFunction<String> coordinates, boolean[] lineage, int[] edgeSource,
            int[] edgeTarget) {
        this.nodeCount = nodeCount;
        this.coordinates = coordinates;
        this.lineage = lineage;
        this.edgeSource = edgeSource;
        this.parents = new Adjacency(nodeCount, edgeTarget);
    }

    /**
     * Every distinct cycle (by node set), in the order found.
     *
     * @return the cycles, each a list of coordinates with the first repeated at the end
     */
    public List<List<String>> cycles() {
        byte[] state = new byte[nodeCount]; // 0 new, 1 on stack, 2 done
        int[] position = new int[nodeCount];
        int[] stackNode = new int[nodeCount];
        int[] stackCursor = new int[nodeCount];
        List<List<String>> found = new ArrayList<>();
        Set<Set<Integer>> seen = new HashSet<>();
        for (int root = 0; root < nodeCount; root++) {
            if (state[root] != 0) {
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
                if (!lineage[edge]) {
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
                        cycle.add(coordinates.apply(stackNode[i]));
                    }
                    cycle.add(coordinates.apply(parent));
                    if (seen.add(members)) {
                        found.add(List.copyOf(cycle));
                    }
                }
            }
        }
        return found;
    }
}
