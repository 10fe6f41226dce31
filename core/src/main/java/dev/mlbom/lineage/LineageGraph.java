package dev.mlbom.lineage;

import dev.mlbom.error.MlbomException;
import dev.mlbom.lineage.internal.Adjacency;
import dev.mlbom.lineage.internal.CycleFinder;
import dev.mlbom.lineage.internal.IntIntMap;
import dev.mlbom.lineage.internal.IntList;
import dev.mlbom.model.Dataset;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;
import dev.mlbom.model.ParentModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
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
 * {@snippet :
 * LineageGraph graph = LineageGraph.builder()
 *         .add(baseId, base)
 *         .add(chatId, chat)
 *         .build();                              // throws LineageException on a cycle, forged id, ...
 * List<LineageNode> up = graph.ancestors(graph.model("acme/chat", "1.0").orElseThrow());
 * List<DatasetExposure> hit = graph.trainedOn(graph.dataset("tickets", "2026-10").orElseThrow());
 * }
 *
 * <p>Immutable and thread-safe once built.
 */
public final class LineageGraph {

    private final LineageNode[] nodes;
    private final LineageEntry[] entries;
    private final Map<String, Integer> models;
    private final Map<String, Integer> datasets;
    private final LineageEdge[] edges;
    private final int[] edgeSource;
    private final int[] edgeTarget;
    private final Adjacency out;
    private final Adjacency in;
    private final IntegrityReport integrity;

    private LineageGraph(LineageNode[] nodes, LineageEntry[] entries, Map<String, Integer> models,
            Map<String, Integer> datasets, LineageEdge[] edges, int[] edgeSource, int[] edgeTarget,
            IntegrityReport integrity) {
        this.nodes = nodes;
        this.entries = entries;
        this.models = models;
        this.datasets = datasets;
        this.edges = edges;
        this.edgeSource = edgeSource;
        this.edgeTarget = edgeTarget;
        this.out = new Adjacency(nodes.length, edgeSource);
        this.in = new Adjacency(nodes.length, edgeTarget);
        this.integrity = integrity;
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
        Integer id = models.get(name + "@" + version);
        return id == null ? Optional.empty() : Optional.of(nodes[id]);
    }

    /**
     * A dataset by name and version.
     *
     * @param name the dataset's name
     * @param version its version, or null for a dataset recorded without version
     * @return the node, or empty when no manifest uses the dataset
     */
    public Optional<LineageNode> dataset(String name, String version) {
        Integer id = datasets.get(version == null ? name : name + "@" + version);
        return id == null ? Optional.empty() : Optional.of(nodes[id]);
    }

    /**
     * Every node, models and datasets, in the order they were first seen.
     *
     * @return an immutable list
     */
    public List<LineageNode> nodes() {
        return List.of(nodes);
    }

    /**
     * Every edge, in the order they were added.
     *
     * @return an immutable list
     */
    public List<LineageEdge> edges() {
        return List.of(edges);
    }

    /**
     * The number of nodes.
     *
     * @return models plus datasets
     */
    public int size() {
        return nodes.length;
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
        for (LineageNode node : nodes) {
            if (node.missing()) {
                missing.add(node);
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
            LineageEdge edge = edges[adjacency.edgeAt(p)];
            if (edge.kind().isLineage() == lineage) {
                result.add(edge);
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
            if (edges[adjacency.edgeAt(p)].kind().isLineage()) {
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
                if (!edges[edge].kind().isLineage()) {
                    continue;
                }
                int next = down ? edgeTarget[edge] : edgeSource[edge];
                if (seen.putIfAbsent(next, 0)) {
                    queue.add(next);
                    result.add(nodes[next]);
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
                if (edges[edge].kind().isLineage() && via.putIfAbsent(edgeTarget[edge], edge)) {
                    queue.add(edgeTarget[edge]);
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
        pathNodes.add(nodes[node]);
        for (int edge = via.get(node, -1); edge != -1; edge = via.get(node, -1)) {
            pathEdges.add(edges[edge]);
            node = edgeSource[edge];
            pathNodes.add(nodes[node]);
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
            if (edges[edge].kind().shapesWeights() && via.putIfAbsent(edgeTarget[edge], -1)) {
                role.putIfAbsent(edgeTarget[edge], edges[edge].kind().ordinal());
                queue.add(edgeTarget[edge]);
            }
        }
        int directCount = queue.size();
        for (int head = 0; head < queue.size(); head++) {
            int node = queue.get(head);
            int nodeRole = role.get(node, 0);
            for (int p = out.from(node); p < out.to(node); p++) {
                int edge = out.edgeAt(p);
                if (edges[edge].kind().isLineage() && via.putIfAbsent(edgeTarget[edge], edge)) {
                    role.putIfAbsent(edgeTarget[edge], nodeRole);
                    queue.add(edgeTarget[edge]);
                }
            }
        }
        EdgeKind[] kinds = EdgeKind.values();
        List<DatasetExposure> result = new ArrayList<>(queue.size());
        for (int i = 0; i < queue.size(); i++) {
            int node = queue.get(i);
            result.add(new DatasetExposure(nodes[node], i < directCount, kinds[role.get(node, 0)], pathTo(node, via)));
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
        IntIntMap map = new IntIntMap();
        IntList order = new IntList(keep.size());
        for (LineageNode node : keep) {
            int old = index(node);
            if (map.putIfAbsent(old, order.size())) {
                order.add(old);
            }
        }
        int[] olds = order.toArray();
        Arrays.sort(olds);
        IntIntMap renumber = new IntIntMap();
        LineageNode[] subNodes = new LineageNode[olds.length];
        LineageEntry[] subEntries = new LineageEntry[olds.length];
        Map<String, Integer> subModels = new HashMap<>();
        Map<String, Integer> subDatasets = new HashMap<>();
        for (int i = 0; i < olds.length; i++) {
            renumber.putIfAbsent(olds[i], i);
            subNodes[i] = nodes[olds[i]];
            subEntries[i] = entries[olds[i]];
            (subNodes[i].isModel() ? subModels : subDatasets).put(subNodes[i].coordinates(), i);
        }
        IntList keptEdges = new IntList(16);
        for (int old : olds) {
            for (int p = out.from(old); p < out.to(old); p++) {
                int edge = out.edgeAt(p);
                if (renumber.containsKey(edgeTarget[edge])) {
                    keptEdges.add(edge);
                }
            }
        }
        int[] kept = keptEdges.toArray();
        Arrays.sort(kept);
        LineageEdge[] subEdges = new LineageEdge[kept.length];
        int[] subSource = new int[kept.length];
        int[] subTarget = new int[kept.length];
        for (int i = 0; i < kept.length; i++) {
            subEdges[i] = edges[kept[i]];
            subSource[i] = renumber.get(edgeSource[kept[i]], -1);
            subTarget[i] = renumber.get(edgeTarget[kept[i]], -1);
        }
        return new LineageGraph(subNodes, subEntries, subModels, subDatasets, subEdges, subSource, subTarget,
                integrity);
    }

    /**
     * The internal number of a node; for the renderers in this package.
     *
     * @param node a node of this graph
     * @return its index in {@link #nodes()}
     */
    int index(LineageNode node) {
        Objects.requireNonNull(node, "node");
        Integer id = (node.isModel() ? models : datasets).get(node.coordinates());
        if (id == null) {
            throw new IllegalArgumentException("not a node of this graph: " + node.coordinates());
        }
        return id;
    }

    int sourceOf(int edge) {
        return edgeSource[edge];
    }

    int targetOf(int edge) {
        return edgeTarget[edge];
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

    /** Turns entries into the arrays of a graph. */
    private static final class Assembler {
        private final List<LineageNode> nodes;
        private final List<LineageEntry> nodeEntries;
        private final Map<String, Integer> models;
        private final Map<String, Integer> datasets;
        private final IntList source;
        private final IntList target;
        private final List<EdgeKind> kinds;
        private final List<String> labels;
        private final List<ManifestId> claimed;
        private final List<IntegrityIssue> errors = new ArrayList<>();
        private final List<IntegrityIssue> warnings = new ArrayList<>();

        Assembler(int expected) {
            nodes = new ArrayList<>(expected * 2);
            nodeEntries = new ArrayList<>(expected * 2);
            models = new HashMap<>(expected * 2);
            datasets = new HashMap<>(expected);
            source = new IntList(expected * 3);
            target = new IntList(expected * 3);
            kinds = new ArrayList<>(expected * 3);
            labels = new ArrayList<>(expected * 3);
            claimed = new ArrayList<>(expected * 3);
        }

        LineageGraph assemble(List<LineageEntry> entries, ManifestIdentifier identifier, boolean requireComplete)
                throws LineageException {
            for (LineageEntry entry : entries) {
                addEntry(entry, identifier);
            }
            int edgeCount = source.size();
            int[] edgeSource = source.toArray();
            int[] edgeTarget = target.toArray();
            LineageNode[] nodeArray = nodes.toArray(new LineageNode[0]);
            LineageEdge[] edgeArray = new LineageEdge[edgeCount];
            for (int e = 0; e < edgeCount; e++) {
                edgeArray[e] = new LineageEdge(nodeArray[edgeSource[e]], nodeArray[edgeTarget[e]], kinds.get(e),
                        labels.get(e), Optional.ofNullable(claimed.get(e)));
            }
            checkParentIds(nodeArray, edgeArray, edgeSource);
            checkMissing(nodeArray, edgeArray, edgeSource, requireComplete);
            for (List<String> cycle : new CycleFinder(nodeArray, edgeArray, edgeSource, edgeTarget).cycles()) {
                errors.add(new IntegrityIssue(LineageException.Reason.CYCLE, IntegrityIssue.Severity.ERROR, cycle,
                        "lineage cycle " + String.join(" -> ", cycle) + " (each model names the next as a parent);"
                                + " a model cannot be its own ancestor: fix the parent references"));
            }
            List<IntegrityIssue> all = new ArrayList<>(errors);
            all.addAll(warnings);
            return new LineageGraph(nodeArray, nodeEntries.toArray(new LineageEntry[0]), Map.copyOf(models),
                    Map.copyOf(datasets), edgeArray, edgeSource, edgeTarget, new IntegrityReport(all));
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
            String coordinates = manifest.model().coordinates();
            Integer existing = models.get(coordinates);
            int self;
            if (existing == null) {
                self = newNode(new LineageNode(NodeKind.MODEL, manifest.model().name(),
                        Optional.of(manifest.model().version()), Optional.of(id), false), entry, models);
            } else if (nodes.get(existing).missing()) {
                self = existing;
                nodes.set(self, new LineageNode(NodeKind.MODEL, manifest.model().name(),
                        Optional.of(manifest.model().version()), Optional.of(id), false));
                nodeEntries.set(self, entry);
            } else {
                LineageEntry first = nodeEntries.get(existing);
                if (!nodes.get(existing).manifestId().orElseThrow().equals(id)) {
                    errors.add(new IntegrityIssue(LineageException.Reason.DUPLICATE_MODEL,
                            IntegrityIssue.Severity.ERROR, List.of(coordinates),
                            "two different manifests claim " + coordinates + ": " + first.origin() + " ("
                                    + nodes.get(existing).manifestId().orElseThrow() + ") and " + entry.origin()
                                    + " (" + id + "); give each build its own version"));
                }
                return;
            }
            for (ParentModel parent : manifest.lineage().parents()) {
                String parentCoordinates = parent.coordinates();
                if (parentCoordinates.equals(coordinates)) {
                    errors.add(new IntegrityIssue(LineageException.Reason.SELF_PARENT, IntegrityIssue.Severity.ERROR,
                            List.of(coordinates, coordinates), coordinates + " (" + entry.origin()
                                    + ") names itself as a parent at /lineage/parents; remove that reference"));
                    continue;
                }
                Integer parentIndex = models.get(parentCoordinates);
                int p = parentIndex != null ? parentIndex
                        : newNode(new LineageNode(NodeKind.MODEL, parent.name(), Optional.of(parent.version()),
                                parent.manifestId(), true), null, models);
                addEdge(p, self, EdgeKind.of(parent.relation()),
                        parent.relationOther().orElse(EdgeKind.of(parent.relation()).label()),
                        parent.manifestId().orElse(null));
            }
            for (Dataset dataset : manifest.datasets()) {
                String key = dataset.coordinates();
                Integer datasetIndex = datasets.get(key);
                int d = datasetIndex != null ? datasetIndex
                        : newNode(new LineageNode(NodeKind.DATASET, dataset.name(), dataset.version(), Optional.empty(),
                                false), null, datasets);
                addEdge(d, self, EdgeKind.of(dataset.role()), dataset.roleOther().orElse(EdgeKind.of(dataset.role())
                        .label()), null);
            }
        }

        private int newNode(LineageNode node, LineageEntry entry, Map<String, Integer> index) {
            int id = nodes.size();
            nodes.add(node);
            nodeEntries.add(entry);
            index.put(node.coordinates(), id);
            return id;
        }

        private void addEdge(int from, int to, EdgeKind kind, String label, ManifestId claimedId) {
            source.add(from);
            target.add(to);
            kinds.add(kind);
            labels.add(label);
            claimed.add(claimedId);
        }

        private void checkParentIds(LineageNode[] nodeArray, LineageEdge[] edgeArray, int[] edgeSource) {
            for (int e = 0; e < edgeArray.length; e++) {
                LineageEdge edge = edgeArray[e];
                LineageNode parent = nodeArray[edgeSource[e]];
                if (edge.kind().isLineage() && !parent.missing() && edge.claimedParentId().isPresent()
                        && !edge.claimedParentId().get().equals(parent.manifestId().orElseThrow())) {
                    errors.add(new IntegrityIssue(LineageException.Reason.PARENT_ID_MISMATCH,
                            IntegrityIssue.Severity.ERROR,
                            List.of(edge.target().coordinates(), parent.coordinates()),
                            edge.target().coordinates() + " names parent " + parent.coordinates() + " with manifest id "
                                    + edge.claimedParentId().get() + ", but that parent's manifest has id "
                                    + parent.manifestId().orElseThrow()
                                    + " (forged or stale reference at /lineage/parents): re-issue the child manifest"
                                    + " against the parent it really derives from"));
                }
            }
        }

        private void checkMissing(LineageNode[] nodeArray, LineageEdge[] edgeArray, int[] edgeSource,
                boolean requireComplete) {
            Map<Integer, List<String>> referencedBy = new java.util.TreeMap<>();
            for (int e = 0; e < edgeArray.length; e++) {
                if (nodeArray[edgeSource[e]].missing()) {
                    referencedBy.computeIfAbsent(edgeSource[e], k -> new ArrayList<>())
                            .add(edgeArray[e].target().coordinates());
                }
            }
            for (Map.Entry<Integer, List<String>> missing : referencedBy.entrySet()) {
                String coordinates = nodeArray[missing.getKey()].coordinates();
                List<String> concerned = new ArrayList<>();
                concerned.add(coordinates);
                concerned.addAll(missing.getValue());
                IntegrityIssue issue = new IntegrityIssue(LineageException.Reason.MISSING_ANCESTOR,
                        requireComplete ? IntegrityIssue.Severity.ERROR : IntegrityIssue.Severity.WARNING, concerned,
                        "parent " + coordinates + " is referenced by " + String.join(", ", missing.getValue())
                                + " but its manifest is not in the set; add it to verify the whole lineage");
                (requireComplete ? errors : warnings).add(issue);
            }
        }
    }
}
