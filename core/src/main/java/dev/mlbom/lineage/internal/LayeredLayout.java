package dev.mlbom.lineage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A layered (Sugiyama-style) layout of a directed graph: longest-path layering (cycles broken by
 * ignoring back edges), dummy nodes for edges that span several layers, barycentric crossing
 * reduction in alternating sweeps, then x placement towards the neighbours' barycentres without
 * overlaps. Deterministic: the result depends only on the input order. Not thread-safe; use once.
 */
public final class LayeredLayout {

    /** Vertical distance between layers, in pixels. */
    public static final double LAYER_GAP = 100;
    /** Minimum horizontal gap between boxes, in pixels. */
    public static final double NODE_GAP = 28;
    private static final int SWEEPS = 6;

    private final int realCount;
    private final double[] realWidth;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final boolean[] sinkPreferred;

    private int total;
    private int[] layer;
    private double[] width;
    private List<int[]> chains;
    private List<List<Integer>> layers;
    private List<List<Integer>> up;
    private List<List<Integer>> down;
    private double[] x;

    /**
     * Prepares a layout.
     *
     * @param widths each node's box width
     * @param sinkPreferred per node: place it as low as possible (just above its lowest-layer
     *     successor) rather than at the top; used for datasets
     * @param edgeFrom each edge's source node
     * @param edgeTo each edge's target node
     */
    public LayeredLayout(double[] widths, boolean[] sinkPreferred, int[] edgeFrom, int[] edgeTo) {
        this.realCount = widths.length;
        this.realWidth = widths.clone();
        this.sinkPreferred = sinkPreferred.clone();
        this.edgeFrom = edgeFrom.clone();
        this.edgeTo = edgeTo.clone();
    }

    /** The computed geometry. */
    public static final class Result {
        private final double[] centerX;
        private final double[] centerY;
        private final double[][] edgePoints;
        private final double width;
        private final double height;
        private final int[] layerOf;
        private final double[] allX;
        private final double[] allWidth;
        private final int[][] downChains;
        private final boolean[] reversed;
        private final int realCount;

        Result(double[] centerX, double[] centerY, double[][] edgePoints, double width, double height, int[] layerOf,
                double[] allX, double[] allWidth, int[][] downChains, boolean[] reversed, int realCount) {
            this.centerX = centerX;
            this.centerY = centerY;
            this.edgePoints = edgePoints;
            this.width = width;
            this.height = height;
            this.layerOf = layerOf;
            this.allX = allX;
            this.allWidth = allWidth;
            this.downChains = downChains;
            this.reversed = reversed;
            this.realCount = realCount;
        }

        /**
         * The layer of a node or routing point (0 at the top).
         *
         * @param vertex a node (below the node count) or a routing point from {@link #chain(int)}
         * @return the layer
         */
        public int layer(int vertex) {
            return layerOf[vertex];
        }

        /**
         * The number of layers.
         *
         * @return at least 1
         */
        public int layerCount() {
            int count = 1;
            for (int l : layerOf) {
                count = Math.max(count, l + 1);
            }
            return count;
        }

        /**
         * The centre x of a node or routing point.
         *
         * @param vertex a node or a routing point from {@link #chain(int)}
         * @return x in pixels
         */
        public double vertexX(int vertex) {
            return allX[vertex];
        }

        /**
         * The width reserved in its layer for a node or routing point.
         *
         * @param vertex a node or a routing point
         * @return pixels
         */
        public double vertexWidth(int vertex) {
            return allWidth[vertex];
        }

        /**
         * Whether a vertex is a routing point (a dummy node of a long edge) rather than a node.
         *
         * @param vertex the vertex
         * @return true for routing points
         */
        public boolean isRoutingPoint(int vertex) {
            return vertex >= realCount;
        }

        /**
         * An edge's vertices from the upper end to the lower: its upper node, one routing point per
         * layer crossed, its lower node. For an edge drawn upwards (see {@link #reversed(int)}) the
         * upper node is the edge's target.
         *
         * @param edge the edge
         * @return the vertices (a copy)
         */
        public int[] chain(int edge) {
            return downChains[edge].clone();
        }

        /**
         * Whether an edge points up (its source is below its target: a back edge of a cycle).
         *
         * @param edge the edge
         * @return true when drawn upwards
         */
        public boolean reversed(int edge) {
            return reversed[edge];
        }

        /**
         * A node's centre x.
         *
         * @param node the node
         * @return x in pixels
         */
        public double x(int node) {
            return centerX[node];
        }

        /**
         * A node's centre y.
         *
         * @param node the node
         * @return y in pixels
         */
        public double y(int node) {
            return centerY[node];
        }

        /**
         * An edge's route: x0, y0, x1, y1, ... from the source's centre through any dummy nodes to
         * the target's centre.
         *
         * @param edge the edge
         * @return the coordinates (a copy)
         */
        public double[] route(int edge) {
            return edgePoints[edge].clone();
        }

        /**
         * The drawing's width (boxes' extent from 0).
         *
         * @return pixels
         */
        public double width() {
            return width;
        }

        /**
         * The drawing's height (centre of the last layer plus half a gap).
         *
         * @return pixels
         */
        public double height() {
            return height;
        }
    }

    /**
     * Computes the layout.
     *
     * @return the geometry
     */
    public Result compute() {
        assignLayers();
        insertDummies();
        order();
        placeX();
        double[] cx = Arrays.copyOf(x, realCount);
        double[] cy = new double[realCount];
        for (int v = 0; v < realCount; v++) {
            cy[v] = LAYER_GAP / 2 + layer[v] * LAYER_GAP;
        }
        double[][] routes = new double[edgeFrom.length][];
        for (int e = 0; e < edgeFrom.length; e++) {
            int[] chain = chains.get(e);
            double[] points = new double[chain.length * 2];
            for (int i = 0; i < chain.length; i++) {
                points[2 * i] = x[chain[i]];
                points[2 * i + 1] = LAYER_GAP / 2 + layer[chain[i]] * LAYER_GAP;
            }
            routes[e] = points;
        }
        double maxRight = 0;
        for (int v = 0; v < total; v++) {
            maxRight = Math.max(maxRight, x[v] + width[v] / 2);
        }
        int layerCount = layers.size();
        int[][] down = new int[edgeFrom.length][];
        for (int e = 0; e < edgeFrom.length; e++) {
            int[] chain = chains.get(e).clone();
            if (reversedEdge[e]) {
                for (int i = 0; i < chain.length / 2; i++) {
                    int t = chain[i];
                    chain[i] = chain[chain.length - 1 - i];
                    chain[chain.length - 1 - i] = t;
                }
            }
            down[e] = chain;
        }
        return new Result(cx, cy, routes, maxRight, Math.max(1, layerCount) * LAYER_GAP, layer.clone(), x.clone(),
                width.clone(), down, reversedEdge.clone(), realCount);
    }

    private void assignLayers() {
        int n = realCount;
        int[] indegree = new int[n];
        List<List<Integer>> successors = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            successors.add(new ArrayList<>());
        }
        boolean[] backEdge = findBackEdges(successors);
        for (int e = 0; e < edgeFrom.length; e++) {
            if (!backEdge[e]) {
                indegree[edgeTo[e]]++;
            }
        }
        layer = new int[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (indegree[v] == 0) {
                queue[tail++] = v;
            }
        }
        int[] topo = new int[n];
        int count = 0;
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            topo[count++] = v;
            for (int e : successorEdges(v, successors)) {
                if (backEdge[e]) {
                    continue;
                }
                int w = edgeTo[e];
                layer[w] = Math.max(layer[w], layer[v] + 1);
                if (--indegree[w] == 0) {
                    queue[tail++] = w;
                }
            }
        }
        // sources that prefer to sink (datasets) move down to just above their highest successor
        for (int i = count - 1; i >= 0; i--) {
            int v = topo[i];
            if (!sinkPreferred[v]) {
                continue;
            }
            int best = Integer.MAX_VALUE;
            for (int e : successorEdges(v, successors)) {
                if (!backEdge[e]) {
                    best = Math.min(best, layer[edgeTo[e]] - 1);
                }
            }
            if (best != Integer.MAX_VALUE && best > layer[v]) {
                layer[v] = best;
            }
        }
        // back edges are drawn reversed: the layering treats them as absent
        this.backEdges = backEdge;
    }

    private boolean[] backEdges;
    private boolean[] reversedEdge;

    private List<Integer> successorEdges(int v, List<List<Integer>> successors) {
        return successors.get(v);
    }

    private boolean[] findBackEdges(List<List<Integer>> successors) {
        for (int e = 0; e < edgeFrom.length; e++) {
            successors.get(edgeFrom[e]).add(e);
        }
        boolean[] back = new boolean[edgeFrom.length];
        byte[] state = new byte[realCount];
        int[] stackNode = new int[realCount];
        int[] cursor = new int[realCount];
        for (int root = 0; root < realCount; root++) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            stackNode[0] = root;
            cursor[0] = 0;
            state[root] = 1;
            while (depth >= 0) {
                int v = stackNode[depth];
                List<Integer> out = successors.get(v);
                if (cursor[depth] == out.size()) {
                    state[v] = 2;
                    depth--;
                    continue;
                }
                int e = out.get(cursor[depth]++);
                int w = edgeTo[e];
                if (state[w] == 1) {
                    back[e] = true;
                } else if (state[w] == 0) {
                    depth++;
                    stackNode[depth] = w;
                    cursor[depth] = 0;
                    state[w] = 1;
                }
            }
        }
        return back;
    }

    private void insertDummies() {
        List<Integer> layerOf = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (int v = 0; v < realCount; v++) {
            layerOf.add(layer[v]);
            widths.add(realWidth[v]);
        }
        chains = new ArrayList<>();
        reversedEdge = new boolean[edgeFrom.length];
        up = new ArrayList<>();
        down = new ArrayList<>();
        for (int v = 0; v < realCount; v++) {
            up.add(new ArrayList<>());
            down.add(new ArrayList<>());
        }
        for (int e = 0; e < edgeFrom.length; e++) {
            int from = edgeFrom[e];
            int to = edgeTo[e];
            boolean reversed = layer[from] > layer[to] || (layer[from] == layer[to] && backEdges[e]);
            reversedEdge[e] = reversed;
            int top = reversed ? to : from;
            int bottom = reversed ? from : to;
            List<Integer> chain = new ArrayList<>();
            chain.add(top);
            int previous = top;
            for (int l = layer[top] + 1; l < layer[bottom]; l++) {
                int dummy = layerOf.size();
                layerOf.add(l);
                widths.add(4.0);
                up.add(new ArrayList<>());
                down.add(new ArrayList<>());
                link(previous, dummy);
                chain.add(dummy);
                previous = dummy;
            }
            if (layer[top] != layer[bottom]) {
                link(previous, bottom);
            }
            chain.add(bottom);
            int[] route = chain.stream().mapToInt(Integer::intValue).toArray();
            if (reversed) {
                for (int i = 0; i < route.length / 2; i++) {
                    int t = route[i];
                    route[i] = route[route.length - 1 - i];
                    route[route.length - 1 - i] = t;
                }
            }
            chains.add(route);
        }
        total = layerOf.size();
        layer = layerOf.stream().mapToInt(Integer::intValue).toArray();
        width = widths.stream().mapToDouble(Double::doubleValue).toArray();
        int layerCount = 0;
        for (int v = 0; v < total; v++) {
            layerCount = Math.max(layerCount, layer[v] + 1);
        }
        layers = new ArrayList<>();
        for (int l = 0; l < layerCount; l++) {
            layers.add(new ArrayList<>());
        }
        for (int v = 0; v < total; v++) {
            layers.get(layer[v]).add(v);
        }
    }

    private void link(int upper, int lower) {
        down.get(upper).add(lower);
        up.get(lower).add(upper);
    }

    private void order() {
        double[] position = new double[total];
        for (List<Integer> row : layers) {
            for (int i = 0; i < row.size(); i++) {
                position[row.get(i)] = i;
            }
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean downward = sweep % 2 == 0;
            int layerCount = layers.size();
            for (int step = 1; step < layerCount; step++) {
                int l = downward ? step : layerCount - 1 - step;
                List<Integer> row = layers.get(l);
                double[] barycentre = new double[total];
                for (int v : row) {
                    List<Integer> neighbours = downward ? up.get(v) : down.get(v);
                    if (neighbours.isEmpty()) {
                        barycentre[v] = position[v];
                    } else {
                        double sum = 0;
                        for (int w : neighbours) {
                            sum += position[w];
                        }
                        barycentre[v] = sum / neighbours.size();
                    }
                }
                row.sort(Comparator.comparingDouble((Integer v) -> barycentre[v]).thenComparingDouble(v -> position[v]));
                for (int i = 0; i < row.size(); i++) {
                    position[row.get(i)] = i;
                }
            }
        }
    }

    private void placeX() {
        x = new double[total];
        for (List<Integer> row : layers) {
            double cursor = NODE_GAP;
            for (int i = 0; i < row.size(); i++) {
                int v = row.get(i);
                if (i > 0) {
                    cursor += gap(row.get(i - 1), v);
                }
                x[v] = cursor + width[v] / 2;
                cursor += width[v];
            }
        }
        int layerCount = layers.size();
        for (int pass = 0; pass < 8; pass++) {
            boolean downward = pass % 2 == 0;
            for (int step = 0; step < layerCount; step++) {
                int l = downward ? step : layerCount - 1 - step;
                List<Integer> row = layers.get(l);
                double[] desired = new double[row.size()];
                for (int i = 0; i < row.size(); i++) {
                    int v = row.get(i);
                    List<Integer> neighbours = pass >= 6 ? both(v) : downward ? up.get(v) : down.get(v);
                    if (neighbours.isEmpty()) {
                        neighbours = both(v);
                    }
                    double sum = 0;
                    for (int w : neighbours) {
                        sum += x[w];
                    }
                    desired[i] = neighbours.isEmpty() ? x[v] : sum / neighbours.size();
                }
                place(row, desired);
            }
        }
        double minLeft = Double.MAX_VALUE;
        for (int v = 0; v < total; v++) {
            minLeft = Math.min(minLeft, x[v] - width[v] / 2);
        }
        double shift = NODE_GAP - minLeft;
        for (int v = 0; v < total; v++) {
            x[v] += shift;
        }
    }

    private List<Integer> both(int v) {
        List<Integer> all = new ArrayList<>(up.get(v));
        all.addAll(down.get(v));
        return all;
    }

    /** Horizontal gap between two neighbours in a layer: small between routing points. */
    private double gap(int left, int right) {
        boolean dummyLeft = left >= realCount;
        boolean dummyRight = right >= realCount;
        return dummyLeft && dummyRight ? 10 : dummyLeft || dummyRight ? NODE_GAP / 2 : NODE_GAP;
    }

    /**
     * Places a layer's nodes, in their order, as close to their desired centres as the minimum
     * gaps allow (least squares under order constraints: isotonic regression by pool-adjacent-violators).
     */
    private void place(List<Integer> row, double[] desired) {
        int n = row.size();
        double[] offset = new double[n];
        for (int i = 1; i < n; i++) {
            int a = row.get(i - 1);
            int b = row.get(i);
            offset[i] = offset[i - 1] + width[a] / 2 + gap(a, b) + width[b] / 2;
        }
        double[] blockMean = new double[n];
        int[] blockSize = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            blockMean[blocks] = desired[i] - offset[i];
            blockSize[blocks] = 1;
            blocks++;
            while (blocks > 1 && blockMean[blocks - 2] > blockMean[blocks - 1]) {
                int merged = blockSize[blocks - 2] + blockSize[blocks - 1];
                blockMean[blocks - 2] = (blockMean[blocks - 2] * blockSize[blocks - 2]
                        + blockMean[blocks - 1] * blockSize[blocks - 1]) / merged;
                blockSize[blocks - 2] = merged;
                blocks--;
            }
        }
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < blockSize[b]; k++, i++) {
                x[row.get(i)] = blockMean[b] + offset[i];
            }
        }
    }
}
