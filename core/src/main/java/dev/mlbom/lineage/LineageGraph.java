package dev.mlbom.lineage;

import dev.mlbom.error.MlbomException;
import dev.mlbom.lineage.internal.Adjacency;
import dev.mlbom.lineage.internal.CycleFinder;
import dev.mlbom.lineage.internal.IntIntMap;
import dev.mlbom.lineage.internal.IntList;
import dev.mlbom.lineage.internal.NodeIndex;
import dev.mlbom.model.Dataset;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;
import dev.mlbom.model.ParentModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The lineage of a set of manifests: model nodes ({@code name@version} with manifest id) and
 * dataset nodes, joined by an edge for every lineage relation (parent to derived model) and every
 * dataset use (dataset to model).
 *
 * <p>Queries walk adjacency lists indexed by node, so each costs time in proportion to its
 * answer, not to the graph. Build a graph from manifests in memory ({@link #of(Collection)},
 * {@link #builder()}) or from a {@link ManifestSource} such as a {@link DirectorySource}.
 * <pre>{@code
 * LineageGraph graph = LineageGraph.builder()
 *         .add(baseId, base)
 *         .add(chatId, chat)
 *         .build();                              // throws LineageException on a cycle, forged id, ...
 * List<LineageNode> up = graph.ancestors(graph.model("acme/chat", "1.0").orElseThrow());
 * List<DatasetExposure> hit = graph.trainedOn(graph.dataset("tickets", "2026-10").orElseThrow());
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class LineageGraph {

    private static final EdgeKind[] KINDS = EdgeKind.values();
    private static final int MODEL = 0;
    private static final int DATASET = 1;

    private final Nodes nodes;
    private final LineageEntry[] entries;
    private final NodeIndex index;
    private final Edges edges;
    private final Adjacency out;
    private final Adjacency in;
    private final IntegrityReport integrity;

    /** Node data in parallel arrays; {@link LineageNode} records are made on demand. */
    private record Nodes(byte[] kind, String[] name, String[] version, ManifestId[] id, boolean[] missing) {
        int size() {
            return kind.length;
        }

        LineageNode node(int i) {
            return new LineageNode(kind[i] == MODEL ? NodeKind.MODEL : NodeKind.DATASET, name[i],
                    Optional.ofNullable(version[i]), Optional.ofNullable(id[i]), missing[i]);
        }

        String coordinates(int i) {
            return version[i] == null ? name[i] : name[i] + "@" + version[i];
        }
    }

    /** Edge data in parallel arrays; {@link LineageEdge} records are made on demand. */
    private record Edges(int[] source, int[] target, byte[] kind, String[] label, ManifestId[] claimed) {
        int size() {
            return source.length;
        }

        EdgeKind kindOf(int e) {
            return KINDS[kind[e]];
        }

        boolean lineage(int e) {
            return KINDS[kind[e]].isLineage();
        }
    }

    private LineageGraph(Nodes nodes, LineageEntry[] entries, NodeIndex index, Edges edges, IntegrityReport integrity) {
        this.nodes = nodes;
        this.entries = entries;
        this.index = index;
        this.edges = edges;
        this.out = new Adjacency(nodes.size(), edges.source());
        this.in = new Adjacency(nodes.size(), edges.target());
        this.integrity = integrity;
    }

    private LineageNode node(int i) {
        return nodes.node(i);
    }

    private LineageEdge edge(int e) {
        String label = edges.label()[e];
        return new LineageEdge(node(edges.source()[e]), node(edges.target()[e]), edges.kindOf(e),
                label == null ? edges.kindOf(e).label() : label, Optional.ofNullable(edges.claimed()[e]));
    }

    /**
     * Builds a graph from manifests, computing each manifest id with
     * {@link ManifestIdentifier#canonical()}.
     *
     * @param manifests the manifests
     * @return the graph
     * @throws LineageException when an integrity error is found (cycle, forged parent id,
     *     duplicate model) or an id cannot be computed
     */
    public static LineageGraph of(Collection<Manifest> manifests) throws LineageException {
        Builder builder = builder();
        for (Manifest manifest : manifests) {
            builder.add(manifest);
        }
        return builder.build();
    }

    /**
     * Builds a graph from a source, e.g. a {@link DirectorySource}.
     *
     * @param source the source
     * @return the graph
     * @throws LineageException when the source cannot be read or an integrity error is found
     */
    public static LineageGraph from(ManifestSource source) throws LineageException {
        return builder().addAll(source.load()).build();
    }

    /**
     * Creates a builder. Defaults: no entries; ids computed with
     * {@link ManifestIdentifier#canonical()} when not supplied; missing ancestors are warnings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- lookups

    /**
     * A model by name and version.
     *
     * @param name the model's name
     * @param version its version
     * @return the node (present or missing), or empty when the graph does not know the model
     */
    public Optional<LineageNode> model(String name, String version) {
        int id = index.get(MODEL, Objects.requireNonNull(name, "name"), Objects.requireNonNull(version, "version"));
        return id < 0 ? Optional.empty() : Optional.of(node(id));
    }

    /**
     * A dataset by name and version.
     *
     * @param name the dataset's name
     * @param version its version, or null for a dataset recorded without version
     * @return the node, or empty when no manifest uses the dataset
     */
    public Optional<LineageNode> dataset(String name, String version) {
        int id = index.get(DATASET, Objects.requireNonNull(name, "name"), version);
        return id < 0 ? Optional.empty() : Optional.of(node(id));
    }

    /**
     * Every node, models and datasets, in the order they were first seen.
     *
     * @return an immutable list
     */
    public List<LineageNode> nodes() {
        List<LineageNode> all = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            all.add(node(i));
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * Every edge, in the order they were added.
     *
     * @return an immutable list
     */
    public List<LineageEdge> edges() {
        List<LineageEdge> all = new ArrayList<>(edges.size());
        for (int e = 0; e < edges.size(); e++) {
            all.add(edge(e));
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * The number of nodes.
     *
     * @return models plus datasets
     */
    public int size() {
        return nodes.size();
    }

    /**
     * The entry a model node was built from: its manifest, id and origin.
     *
     * @param model a model node of this graph
     * @return the entry, or empty for a missing model or a dataset
     */
    public Optional<LineageEntry> entry(LineageNode model) {
        return Optional.ofNullable(entries[index(model)]);
    }

    /**
     * What the integrity checks found. Never throws; a graph returned by {@link Builder#build()}
     * has no errors here, but may have warnings (missing ancestors).
     *
     * @return the report
     */
    public IntegrityReport integrity() {
        return integrity;
    }

    /**
     * Models referenced as parents whose manifests are not in the set, in the order first seen.
     *
     * @return the missing model nodes (each carries the parent id the first reference claims)
     */
    public List<LineageNode> missingAncestors() {
        List<LineageNode> missing = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.missing()[i]) {
                missing.add(node(i));
            }
        }
        return missing;
    }

    // ---------------------------------------------------------------- neighbours

    /**
     * The lineage edges into a model: its parents, with relation and claimed parent id.
     *
     * @param model a model node of this graph
     * @return the edges, in manifest order
     */
    public List<LineageEdge> parents(LineageNode model) {
        return neighbours(in, index(model), true);
    }

    /**
     * The lineage edges out of a model: the models derived directly from it.
     *
     * @param model a model node of this graph
     * @return the edges
     */
    public List<LineageEdge> children(LineageNode model) {
        return neighbours(out, index(model), true);
    }

    /**
     * The dataset edges into a model: every dataset its manifest lists, with the role as edge kind.
     *
     * @param model a model node of this graph
     * @return the edges, in manifest order
     */
    public List<LineageEdge> datasetsOf(LineageNode model) {
        return neighbours(in, index(model), false);
    }

    /**
     * The dataset edges out of a dataset: every model whose manifest lists it.
     *
     * @param dataset a dataset node of this graph
     * @return the edges
     */
    public List<LineageEdge> usersOf(LineageNode dataset) {
        return neighbours(out, index(dataset), false);
    }

    private List<LineageEdge> neighbours(Adjacency adjacency, int node, boolean lineage) {
        List<LineageEdge> result = new ArrayList<>();
        for (int p = adjacency.from(node); p < adjacency.to(node); p++) {
            int edge = adjacency.edgeAt(p);
            if (edges.lineage(edge) == lineage) {
                result.add(edge(edge));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- traversals

    /**
     * Every ancestor of a model, up to the base models, nearest first (breadth-first). Missing
     * ancestors are included (flagged {@link LineageNode#missing()}), with the id their reference
     * claims; their own ancestors are unknown.
     *
     * @param model a model node of this graph
     * @return the ancestors, without the model itself
     */
    public List<LineageNode> ancestors(LineageNode model) {
        return walk(index(model), in, false);
    }

    /**
     * The base models a model derives from: its ancestors that have no parents (and the model
     * itself when it has none).
     *
     * @param model a model node of this graph
     * @return the roots, nearest first
     */
    public List<LineageNode> roots(LineageNode model) {
        List<LineageNode> roots = new ArrayList<>();
        int start = index(model);
        if (!hasLineage(in, start)) {
            roots.add(model);
            return roots;
        }
        for (LineageNode ancestor : ancestors(model)) {
            if (!hasLineage(in, index(ancestor))) {
                roots.add(ancestor);
            }
        }
        return roots;
    }

    /**
     * Every model derived from a model, directly or not, nearest first. "Which models descend from
     * base X?"
     *
     * @param model a model node of this graph
     * @return the descendants, without the model itself
     */
    public List<LineageNode> descendants(LineageNode model) {
        return walk(index(model), out, true);
    }

    /**
     * The ancestors of a model that are missing from the set (what a policy requiring every
     * ancestor's manifest would reject).
     *
     * @param model a model node of this graph
     * @return the missing ancestors, nearest first
     */
    public List<LineageNode> missingAncestors(LineageNode model) {
        return ancestors(model).stream().filter(LineageNode::missing).toList();
    }

    private boolean hasLineage(Adjacency adjacency, int node) {
        for (int p = adjacency.from(node); p < adjacency.to(node); p++) {
            if (edges.lineage(adjacency.edgeAt(p))) {
                return true;
            }
        }
        return false;
    }

    private List<LineageNode> walk(int start, Adjacency adjacency, boolean down) {
        IntIntMap seen = new IntIntMap();
        seen.putIfAbsent(start, 0);
        IntList queue = new IntList(16);
        queue.add(start);
        List<LineageNode> result = new ArrayList<>();
        for (int head = 0; head < queue.size(); head++) {
            int node = queue.get(head);
            for (int p = adjacency.from(node); p < adjacency.to(node); p++) {
                int edge = adjacency.edgeAt(p);
                if (!edges.lineage(edge)) {
                    continue;
                }
                int next = down ? edges.target()[edge] : edges.source()[edge];
                if (seen.putIfAbsent(next, 0)) {
                    queue.add(next);
                    result.add(node(next));
                }
            }
        }
        return result;
    }

    /**
     * The shortest directed path between two models, whichever is the ancestor: from
     * {@code from} down to {@code to}, or else from {@code to} down to {@code from}.
     *
     * @param from a model node of this graph
     * @param to a model node of this graph
     * @return the path, ancestor first; a one-node path when both are the same; empty when neither
     *     descends from the other
     */
    public Optional<LineagePath> path(LineageNode from, LineageNode to) {
        int a = index(from);
        int b = index(to);
        Optional<LineagePath> down = pathDown(a, b);
        return down.isPresent() ? down : pathDown(b, a);
    }

    private Optional<LineagePath> pathDown(int from, int to) {
        IntIntMap via = new IntIntMap();
        via.putIfAbsent(from, -1);
        IntList queue = new IntList(16);
        queue.add(from);
        for (int head = 0; head < queue.size() && !via.containsKey(to); head++) {
            int node = queue.get(head);
            for (int p = out.from(node); p < out.to(node); p++) {
                int edge = out.edgeAt(p);
                if (edges.lineage(edge) && via.putIfAbsent(edges.target()[edge], edge)) {
                    queue.add(edges.target()[edge]);
                }
            }
        }
        if (!via.containsKey(to)) {
            return Optional.empty();
        }
        return Optional.of(pathTo(to, via));
    }

    private LineagePath pathTo(int end, IntIntMap via) {
        List<LineageNode> pathNodes = new ArrayList<>();
        List<LineageEdge> pathEdges = new ArrayList<>();
        int node = end;
        pathNodes.add(node(node));
        for (int edge = via.get(node, -1); edge != -1; edge = via.get(node, -1)) {
            pathEdges.add(edge(edge));
            node = edges.source()[edge];
            pathNodes.add(node(node));
        }
        Collections.reverse(pathNodes);
        Collections.reverse(pathEdges);
        return new LineagePath(pathNodes, pathEdges);
    }

    /**
     * Every model exposed to a dataset: those whose manifests list it in a weight-shaping role
     * (pre-training, training, fine-tuning, alignment) — direct — and every model descending from
     * one of them — inherited. The poisoned-data incident question. Evaluation, retrieval and other
     * uses are not exposures (see {@link #usersOf(LineageNode)} for those).
     *
     * @param dataset a dataset node of this graph
     * @return direct exposures first (in manifest order), then inherited ones nearest first; each
     *     model once
     */
    public List<DatasetExposure> trainedOn(LineageNode dataset) {
        int start = index(dataset);
        IntIntMap via = new IntIntMap();
        IntIntMap role = new IntIntMap();
        IntList queue = new IntList(16);
        for (int p = out.from(start); p < out.to(start); p++) {
            int edge = out.edgeAt(p);
            if (edges.kindOf(edge).shapesWeights() && via.putIfAbsent(edges.target()[edge], -1)) {
                role.putIfAbsent(edges.target()[edge], edges.kind()[edge]);
                queue.add(edges.target()[edge]);
            }
        }
        int directCount = queue.size();
        for (int head = 0; head < queue.size(); head++) {
            int node = queue.get(head);
            int nodeRole = role.get(node, 0);
            for (int p = out.from(node); p < out.to(node); p++) {
                int edge = out.edgeAt(p);
                if (edges.lineage(edge) && via.putIfAbsent(edges.target()[edge], edge)) {
                    role.putIfAbsent(edges.target()[edge], nodeRole);
                    queue.add(edges.target()[edge]);
                }
            }
        }
        List<DatasetExposure> result = new ArrayList<>(queue.size());
        for (int i = 0; i < queue.size(); i++) {
            int node = queue.get(i);
            result.add(new DatasetExposure(node(node), i < directCount, KINDS[role.get(node, 0)], pathTo(node, via)));
        }
        return result;
    }

    /**
     * The part of this graph around a model: the model, its ancestors and descendants, and the
     * datasets each of them lists. Handy for rendering one model's family out of a large graph.
     *
     * @param model a model node of this graph
     * @return a new graph sharing this graph's integrity report
     */
    public LineageGraph around(LineageNode model) {
        List<LineageNode> family = new ArrayList<>();
        family.addAll(ancestors(model));
        family.add(model);
        family.addAll(descendants(model));
        List<LineageNode> keep = new ArrayList<>(family);
        for (LineageNode member : family) {
            for (LineageEdge edge : datasetsOf(member)) {
                keep.add(edge.source());
            }
        }
        return subgraph(keep);
    }

    /**
     * The subgraph induced by some nodes: those nodes and every edge between two of them.
     *
     * @param keep nodes of this graph
     * @return a new graph sharing this graph's integrity report
     */
    public LineageGraph subgraph(Collection<LineageNode> keep) {
        IntIntMap seen = new IntIntMap();
        IntList order = new IntList(keep.size());
        for (LineageNode node : keep) {
            int old = index(node);
            if (seen.putIfAbsent(old, 0)) {
                order.add(old);
            }
        }
        int[] olds = order.toArray();
        Arrays.sort(olds);
        int n = olds.length;
        IntIntMap renumber = new IntIntMap();
        Nodes sub = new Nodes(new byte[n], new String[n], new String[n], new ManifestId[n], new boolean[n]);
        LineageEntry[] subEntries = new LineageEntry[n];
        NodeIndex subIndex = new NodeIndex(n);
        for (int i = 0; i < n; i++) {
            int old = olds[i];
            renumber.putIfAbsent(old, i);
            sub.kind()[i] = nodes.kind()[old];
            sub.name()[i] = nodes.name()[old];
            sub.version()[i] = nodes.version()[old];
            sub.id()[i] = nodes.id()[old];
            sub.missing()[i] = nodes.missing()[old];
            subEntries[i] = entries[old];
            subIndex.put(sub.kind()[i], sub.name()[i], sub.version()[i], i);
        }
        IntList keptEdges = new IntList(16);
        for (int old : olds) {
            for (int p = out.from(old); p < out.to(old); p++) {
                int edge = out.edgeAt(p);
                if (renumber.containsKey(edges.target()[edge])) {
                    keptEdges.add(edge);
                }
            }
        }
        int[] kept = keptEdges.toArray();
        Arrays.sort(kept);
        int m = kept.length;
        Edges subEdges = new Edges(new int[m], new int[m], new byte[m], new String[m], new ManifestId[m]);
        for (int i = 0; i < m; i++) {
            int e = kept[i];
            subEdges.source()[i] = renumber.get(edges.source()[e], -1);
            subEdges.target()[i] = renumber.get(edges.target()[e], -1);
            subEdges.kind()[i] = edges.kind()[e];
            subEdges.label()[i] = edges.label()[e];
            subEdges.claimed()[i] = edges.claimed()[e];
        }
        return new LineageGraph(sub, subEntries, subIndex, subEdges, integrity);
    }

    /**
     * The internal number of a node.
     *
     * @param node a node of this graph
     * @return its index in {@link #nodes()}
     * @throws IllegalArgumentException when the node is not in this graph (API misuse)
     */
    private int index(LineageNode node) {
        Objects.requireNonNull(node, "node");
        int id = index.get(node.isModel() ? MODEL : DATASET, node.name(), node.version().orElse(null));
        if (id < 0) {
            throw new IllegalArgumentException("not a node of this graph: " + node.coordinates());
        }
        return id;
    }

    // ---------------------------------------------------------------- builder

    /**
     * Builds a {@link LineageGraph}. Defaults: no entries; ids computed with
     * {@link ManifestIdentifier#canonical()} when an entry has none; missing ancestors are
     * warnings ({@link #requireCompleteLineage()} makes them errors). Adding the same manifest
     * (same name@version and id) twice keeps one. Not thread-safe.
     */
    public static final class Builder {
        private final List<LineageEntry> entries = new ArrayList<>();
        private ManifestIdentifier identifier = ManifestIdentifier.canonical();
        private boolean requireComplete;

        private Builder() {
        }

        /**
         * Adds a manifest whose id the graph computes.
         *
         * @param manifest the manifest
         * @return this builder
         */
        public Builder add(Manifest manifest) {
            entries.add(LineageEntry.of(manifest));
            return this;
        }

        /**
         * Adds a manifest with its precomputed id (trusted as given: no digest is computed).
         *
         * @param id the manifest's id
         * @param manifest the manifest
         * @return this builder
         */
        public Builder add(ManifestId id, Manifest manifest) {
            entries.add(LineageEntry.of(id, manifest));
            return this;
        }

        /**
         * Adds an entry.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder add(LineageEntry entry) {
            entries.add(Objects.requireNonNull(entry, "entry"));
            return this;
        }

        /**
         * Adds entries.
         *
         * @param more the entries
         * @return this builder
         */
        public Builder addAll(Collection<LineageEntry> more) {
            for (LineageEntry entry : more) {
                add(entry);
            }
            return this;
        }

        /**
         * Sets how ids are computed for entries without one.
         *
         * @param identifier the identity function; default {@link ManifestIdentifier#canonical()}
         * @return this builder
         */
        public Builder identifier(ManifestIdentifier identifier) {
            this.identifier = Objects.requireNonNull(identifier, "identifier");
            return this;
        }

        /**
         * Makes a parent whose manifest is not in the set an error ({@code MISSING_ANCESTOR}).
         *
         * @return this builder
         */
        public Builder requireCompleteLineage() {
            this.requireComplete = true;
            return this;
        }

        /**
         * Builds the graph and rejects it when it has an integrity error.
         *
         * @return the graph; its {@link LineageGraph#integrity()} may hold warnings
         * @throws LineageException with the reason of the first error, carrying every issue
         */
        public LineageGraph build() throws LineageException {
            LineageGraph graph = buildAllowingIssues();
            List<IntegrityIssue> errors = graph.integrity().errors();
            if (!errors.isEmpty()) {
                StringBuilder message = new StringBuilder("the lineage is not sound (")
                        .append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append("): ");
                for (int i = 0; i < errors.size(); i++) {
                    message.append(i == 0 ? "" : "; ").append(errors.get(i).reason()).append(": ")
                            .append(errors.get(i).message());
                }
                throw new LineageException(errors.get(0).reason(), message.toString(), graph.integrity().issues(),
                        null);
            }
            return graph;
        }

        /**
         * Builds the graph even when it has integrity errors, for inspection: queries still
         * terminate on a cycle. Check {@link LineageGraph#integrity()} before trusting it.
         *
         * @return the graph
         * @throws LineageException with reason {@code IDENTITY_FAILED} when an id cannot be computed
         */
        public LineageGraph buildAllowingIssues() throws LineageException {
            return new Assembler(entries.size()).assemble(entries, identifier, requireComplete);
        }
    }

    /** Turns entries into the arrays of a graph, allocating little per manifest. */
    private static final class Assembler {
        private final NodeIndex index;
        private final ByteList nodeKind;
        private final List<String> nodeName;
        private final List<String> nodeVersion;
        private final List<ManifestId> nodeId;
        private final List<LineageEntry> nodeEntries;
        private final java.util.BitSet missing = new java.util.BitSet();
        private final IntList source;
        private final IntList target;
        private final ByteList kinds;
        private final List<String> labels;
        private final List<ManifestId> claimed;
        private final List<IntegrityIssue> errors = new ArrayList<>();
        private final List<IntegrityIssue> warnings = new ArrayList<>();

        Assembler(int expected) {
            index = new NodeIndex(expected * 2);
            nodeKind = new ByteList(expected * 2);
            nodeName = new ArrayList<>(expected * 2);
            nodeVersion = new ArrayList<>(expected * 2);
            nodeId = new ArrayList<>(expected * 2);
            nodeEntries = new ArrayList<>(expected * 2);
            source = new IntList(expected * 3);
            target = new IntList(expected * 3);
            kinds = new ByteList(expected * 3);
            labels = new ArrayList<>(expected * 3);
            claimed = new ArrayList<>(expected * 3);
        }

        LineageGraph assemble(List<LineageEntry> entries, ManifestIdentifier identifier, boolean requireComplete)
                throws LineageException {
            for (LineageEntry entry : entries) {
                addEntry(entry, identifier);
            }
            int n = nodeName.size();
            boolean[] missingArray = new boolean[n];
            for (int i = missing.nextSetBit(0); i >= 0; i = missing.nextSetBit(i + 1)) {
                missingArray[i] = true;
            }
            Nodes nodes = new Nodes(nodeKind.toArray(), nodeName.toArray(new String[0]),
                    nodeVersion.toArray(new String[0]), nodeId.toArray(new ManifestId[0]), missingArray);
            Edges edges = new Edges(source.toArray(), target.toArray(), kinds.toArray(), labels.toArray(new String[0]),
                    claimed.toArray(new ManifestId[0]));
            checkParentIds(nodes, edges);
            checkMissing(nodes, edges, requireComplete);
            boolean[] lineage = new boolean[edges.size()];
            for (int e = 0; e < lineage.length; e++) {
                lineage[e] = edges.lineage(e);
            }
            for (List<String> cycle : new CycleFinder(n, nodes::coordinates, lineage, edges.source(), edges.target())
                    .cycles()) {
                errors.add(new IntegrityIssue(LineageException.Reason.CYCLE, IntegrityIssue.Severity.ERROR, cycle,
                        "lineage cycle " + String.join(" -> ", cycle) + " (each model names the next as a parent);"
                                + " a model cannot be its own ancestor: fix the parent references"));
            }
            List<IntegrityIssue> all = new ArrayList<>(errors);
            all.addAll(warnings);
            return new LineageGraph(nodes, nodeEntries.toArray(new LineageEntry[0]), index, edges,
                    new IntegrityReport(all));
        }

        private void addEntry(LineageEntry entry, ManifestIdentifier identifier) throws LineageException {
            Manifest manifest = entry.manifest();
            ManifestId id;
            if (entry.id().isPresent()) {
                id = entry.id().get();
            } else {
                try {
                    id = identifier.idOf(manifest);
                } catch (MlbomException e) {
                    throw new LineageException(LineageException.Reason.IDENTITY_FAILED, "cannot compute the manifest id of "
                            + manifest.model().coordinates() + " (" + entry.origin() + "): " + e.getMessage(),
                            List.of(), e);
                }
            }
            String name = manifest.model().name();
            String version = manifest.model().version();
            int self = index.get(MODEL, name, version);
            if (self < 0) {
                self = newNode(MODEL, name, version, id, entry);
            } else if (missing.get(self)) {
                missing.clear(self);
                nodeId.set(self, id);
                nodeEntries.set(self, entry);
            } else {
                ManifestId first = nodeId.get(self);
                if (!first.equals(id)) {
                    String coordinates = manifest.model().coordinates();
                    errors.add(new IntegrityIssue(LineageException.Reason.DUPLICATE_MODEL,
                            IntegrityIssue.Severity.ERROR, List.of(coordinates),
                            "two different manifests claim " + coordinates + ": " + nodeEntries.get(self).origin()
                                    + " (" + first + ") and " + entry.origin() + " (" + id
                                    + "); give each build its own version"));
                }
                return;
            }
            for (ParentModel parent : manifest.lineage().parents()) {
                if (parent.name().equals(name) && parent.version().equals(version)) {
                    String coordinates = manifest.model().coordinates();
                    errors.add(new IntegrityIssue(LineageException.Reason.SELF_PARENT, IntegrityIssue.Severity.ERROR,
                            List.of(coordinates, coordinates), coordinates + " (" + entry.origin()
                                    + ") names itself as a parent at /lineage/parents; remove that reference"));
                    continue;
                }
                ManifestId claim = parent.manifestId().orElse(null);
                int p = index.get(MODEL, parent.name(), parent.version());
                if (p < 0) {
                    p = newNode(MODEL, parent.name(), parent.version(), claim, null);
                    missing.set(p);
                }
                addEdge(p, self, EdgeKind.of(parent.relation()), parent.relationOther().orElse(null), claim);
            }
            for (Dataset dataset : manifest.datasets()) {
                String datasetVersion = dataset.version().orElse(null);
                int d = index.get(DATASET, dataset.name(), datasetVersion);
                if (d < 0) {
                    d = newNode(DATASET, dataset.name(), datasetVersion, null, null);
                }
                addEdge(d, self, EdgeKind.of(dataset.role()), dataset.roleOther().orElse(null), null);
            }
        }

        private int newNode(int kind, String name, String version, ManifestId id, LineageEntry entry) {
            int node = nodeName.size();
            nodeKind.add((byte) kind);
            nodeName.add(name);
            nodeVersion.add(version);
            nodeId.add(id);
            nodeEntries.add(entry);
            index.put(kind, name, version, node);
            return node;
        }

        private void addEdge(int from, int to, EdgeKind kind, String label, ManifestId claimedId) {
            source.add(from);
            target.add(to);
            kinds.add((byte) kind.ordinal());
            labels.add(label);
            claimed.add(claimedId);
        }

        private void checkParentIds(Nodes nodes, Edges edges) {
            for (int e = 0; e < edges.size(); e++) {
                int parent = edges.source()[e];
                ManifestId claim = edges.claimed()[e];
                if (claim != null && edges.lineage(e) && !nodes.missing()[parent] && !claim.equals(nodes.id()[parent])) {
                    String child = nodes.coordinates(edges.target()[e]);
                    String parentCoordinates = nodes.coordinates(parent);
                    errors.add(new IntegrityIssue(LineageException.Reason.PARENT_ID_MISMATCH,
                            IntegrityIssue.Severity.ERROR, List.of(child, parentCoordinates),
                            child + " names parent " + parentCoordinates + " with manifest id " + claim
                                    + ", but that parent's manifest has id " + nodes.id()[parent]
                                    + " (forged or stale reference at /lineage/parents): re-issue the child manifest"
                                    + " against the parent it really derives from"));
                }
            }
        }

        private void checkMissing(Nodes nodes, Edges edges, boolean requireComplete) {
            Map<Integer, List<String>> referencedBy = new java.util.TreeMap<>();
            for (int e = 0; e < edges.size(); e++) {
                if (nodes.missing()[edges.source()[e]]) {
                    referencedBy.computeIfAbsent(edges.source()[e], k -> new ArrayList<>())
                            .add(nodes.coordinates(edges.target()[e]));
                }
            }
            for (Map.Entry<Integer, List<String>> missingParent : referencedBy.entrySet()) {
                String coordinates = nodes.coordinates(missingParent.getKey());
                List<String> concerned = new ArrayList<>();
                concerned.add(coordinates);
                concerned.addAll(missingParent.getValue());
                IntegrityIssue issue = new IntegrityIssue(LineageException.Reason.MISSING_ANCESTOR,
                        requireComplete ? IntegrityIssue.Severity.ERROR : IntegrityIssue.Severity.WARNING, concerned,
                        "parent " + coordinates + " is referenced by " + String.join(", ", missingParent.getValue())
                                + " but its manifest is not in the set; add it to verify the whole lineage");
                (requireComplete ? errors : warnings).add(issue);
            }
        }
    }

    /** A growable list of bytes. */
    private static final class ByteList {
        private byte[] values;
        private int size;

        ByteList(int capacity) {
            values = new byte[Math.max(4, capacity)];
        }

        void add(byte value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        byte[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
