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

        Result(double[] centerX, double[] centerY, double[][] edgePoints, double width, double height) {
            this.centerX = centerX;
            this.centerY = centerY;
            this.edgePoints = edgePoints;
            this.width = width;
            this.height = height;
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
        return new Result(cx, cy, routes, maxRight, Math.max(1, layerCount) * LAYER_GAP);
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
            for (int v : row) {
                x[v] = cursor + width[v] / 2;
                cursor += width[v] + NODE_GAP;
            }
        }
        for (int pass = 0; pass < 4; pass++) {
            boolean downward = pass % 2 == 0;
            int layerCount = layers.size();
            for (int step = 1; step < layerCount; step++) {
                int l = downward ? step : layerCount - 1 - step;
                List<Integer> row = layers.get(l);
                double[] desired = new double[row.size()];
                for (int i = 0; i < row.size(); i++) {
                    int v = row.get(i);
                    List<Integer> neighbours = downward ? up.get(v) : down.get(v);
                    if (neighbours.isEmpty()) {
                        desired[i] = x[v];
                    } else {
                        double sum = 0;
                        for (int w : neighbours) {
                            sum += x[w];
                        }
                        desired[i] = sum / neighbours.size();
                    }
                }
                // left to right: no overlap, no further left than the margin
                double[] placed = new double[row.size()];
                double minLeft = NODE_GAP;
                for (int i = 0; i < row.size(); i++) {
                    double w = width[row.get(i)];
                    placed[i] = Math.max(desired[i], minLeft + w / 2);
                    minLeft = placed[i] + w / 2 + NODE_GAP;
                }
                // right to left: pull back towards desired where the right neighbour allows
                for (int i = row.size() - 2; i >= 0; i--) {
                    double w = width[row.get(i)];
                    double maxCentre = placed[i + 1] - width[row.get(i + 1)] / 2 - NODE_GAP - w / 2;
                    double leftLimit = i == 0 ? NODE_GAP + w / 2
                            : placed[i - 1] + width[row.get(i - 1)] / 2 + NODE_GAP + w / 2;
                    placed[i] = Math.max(leftLimit, Math.min(maxCentre, placed[i]));
                }
                for (int i = 0; i < row.size(); i++) {
                    x[row.get(i)] = placed[i];
                }
            }
        }
    }
}
