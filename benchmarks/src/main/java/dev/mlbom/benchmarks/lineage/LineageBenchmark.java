package dev.mlbom.benchmarks.lineage;

import dev.mlbom.lineage.DatasetExposure;
import dev.mlbom.lineage.LineageException;
import dev.mlbom.lineage.LineageGraph;
import dev.mlbom.lineage.LineageNode;
import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Lineage at scale: building a graph from 100,000 manifests with precomputed ids (no canonical
 * digests in the timed part), and answering queries on it.
 *
 * <p>Shape: 300 base models each pre-trained on one of 20 shared corpora; every other model
 * derives from an earlier model of its family (30% from the family's latest, giving long
 * fine-tune / adapter / quantization chains; 70% from a random earlier member, giving bushy
 * trees); 2% are merges with a second parent from another family; each lists 1-3 datasets from a
 * skewed pool of 5,000 (a few are shared by thousands of models).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class LineageBenchmark {

    @Param({"100000"})
    public int manifests;

    private List<ManifestId> ids;
    private List<Manifest> all;
    private LineageGraph graph;
    private LineageNode[] probes;
    private LineageNode base;
    private LineageNode popularDataset;
    private int next;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        Random random = new Random(42);
        int families = 300;
        ids = new ArrayList<>(manifests);
        all = new ArrayList<>(manifests);
        List<List<Integer>> family = new ArrayList<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < manifests; i++) {
            ids.add(ManifestId.ofSha256(sha.digest(("manifest-" + i).getBytes(StandardCharsets.UTF_8))));
        }
        LineageRelation[] chain = {LineageRelation.FINE_TUNE, LineageRelation.ADAPTER, LineageRelation.QUANTIZATION,
            LineageRelation.ALIGNMENT, LineageRelation.DISTILLATION, LineageRelation.CONTINUED_PRE_TRAINING};
        for (int i = 0; i < manifests; i++) {
            Manifest.Builder builder = Manifest.builder();
            String name = "org-" + (i % families) + "/model-" + i;
            builder.model(m -> m.name(name).version("1.0"));
            if (i < families) {
                family.add(new ArrayList<>());
                int corpus = random.nextInt(20);
                builder.dataset(d -> d.name("corpus-" + corpus).version("2026-01").role(DatasetRole.PRE_TRAINING));
            } else {
                List<Integer> members = family.get(i % families);
                int parent = random.nextDouble() < 0.3 ? members.get(members.size() - 1)
                        : members.get(random.nextInt(members.size()));
                if (random.nextDouble() < 0.02) {
                    int other = random.nextInt(i);
                    while (other % families == i % families || other == parent) {
                        other = random.nextInt(i);
                    }
                    addParent(builder, LineageRelation.MERGE, parent);
                    addParent(builder, LineageRelation.MERGE, other);
                } else {
                    addParent(builder, chain[random.nextInt(chain.length)], parent);
                }
                int datasetCount = 1 + random.nextInt(3);
                java.util.Set<Integer> picked = new java.util.HashSet<>();
                for (int d = 0; d < datasetCount; d++) {
                    double r = random.nextDouble();
                    int k = (int) (5000 * r * r * r);
                    if (picked.add(k)) {
                        DatasetRole role = d == 0 ? DatasetRole.FINE_TUNING : d == 1 ? DatasetRole.EVALUATION
                                : DatasetRole.ALIGNMENT;
                        builder.dataset(ds -> ds.name("data-" + k).version("v" + (k % 7)).role(role));
                    }
                }
            }
            family.get(i % families).add(i);
            all.add(builder.build());
        }
        graph = build();
        Random pick = new Random(7);
        probes = new LineageNode[1024];
        long ancestorTotal = 0;
        for (int p = 0; p < probes.length; p++) {
            int i = manifests / 2 + pick.nextInt(manifests / 2);
            probes[p] = graph.model(all.get(i).model().name(), "1.0").orElseThrow();
            ancestorTotal += graph.ancestors(probes[p]).size();
        }
        base = graph.model(all.get(0).model().name(), "1.0").orElseThrow();
        popularDataset = graph.dataset("data-0", "v0").orElseThrow();
        System.out.printf("%n[lineage] %d nodes, %d edges; mean ancestors per probe %.1f; descendants of base 0: %d;"
                + " models exposed to data-0@v0: %d%n", graph.size(), graph.edges().size(),
                ancestorTotal / (double) probes.length, graph.descendants(base).size(),
                graph.trainedOn(popularDataset).size());
    }

    private void addParent(Manifest.Builder builder, LineageRelation relation, int parent) {
        builder.parent(relation, all.get(parent).model().name(), "1.0", ids.get(parent).value());
    }

    private LineageGraph build() throws LineageException {
        LineageGraph.Builder builder = LineageGraph.builder();
        for (int i = 0; i < all.size(); i++) {
            builder.add(ids.get(i), all.get(i));
        }
        return builder.build();
    }

    /** Builds the graph from 100k (id, manifest) pairs: nodes, edges, adjacency, all integrity checks. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public LineageGraph buildGraph() throws LineageException {
        return build();
    }

    /** All ancestors of a model in the second half of the set, up to its base model(s). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<LineageNode> ancestors() {
        return graph.ancestors(probes[next++ & (probes.length - 1)]);
    }

    /** The directed path from a model's base to the model. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object pathFromBase() {
        LineageNode probe = probes[next++ & (probes.length - 1)];
        return graph.path(graph.roots(probe).get(0), probe);
    }

    /** Every model descending from one base model. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<LineageNode> descendantsOfBase() {
        return graph.descendants(base);
    }

    /** The poisoned-data question for the most shared dataset: direct and inherited exposures. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<DatasetExposure> trainedOnPopularDataset() {
        return graph.trainedOn(popularDataset);
    }
}
