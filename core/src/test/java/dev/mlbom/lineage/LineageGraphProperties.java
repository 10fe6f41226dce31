package dev.mlbom.lineage;

import static dev.mlbom.lineage.Fixtures.fakeId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LineageGraphProperties {

    /** A random DAG of models (each naming up to three earlier models as parents) and datasets. */
    static LineageGraph randomGraph(long seed, int size) throws LineageException {
        Random random = new Random(seed);
        LineageGraph.Builder builder = LineageGraph.builder().identifier(m -> {
            throw new AssertionError("ids are supplied");
        });
        LineageRelation[] relations = LineageRelation.values();
        DatasetRole[] roles = DatasetRole.values();
        for (int i = 0; i < size; i++) {
            Manifest.Builder manifest = Manifest.builder();
            String name = "m" + i;
            manifest.model(m -> m.name(name).version("1"));
            int parents = i == 0 ? 0 : random.nextInt(Math.min(i, 3) + 1);
            Set<Integer> chosen = new HashSet<>();
            for (int p = 0; p < parents; p++) {
                int parent = random.nextInt(i);
                if (chosen.add(parent)) {
                    LineageRelation relation = relations[random.nextInt(relations.length - 1)];
                    manifest.parent(relation, "m" + parent, "1", fakeId("m" + parent).value());
                }
            }
            if (random.nextBoolean()) {
                int d = random.nextInt(5);
                DatasetRole role = roles[random.nextInt(roles.length - 1)];
                manifest.dataset(ds -> ds.name("d" + d).version("1").role(role));
            }
            builder.add(fakeId(name), Fixtures.build(manifest));
        }
        return builder.build();
    }

    @Property(tries = 60)
    void ancestorsDescendantsAndPathsAgree(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size)
            throws LineageException {
        LineageGraph graph = randomGraph(seed, size);
        assertThat(graph.integrity().isClean()).isTrue();
        List<LineageNode> models = graph.nodes().stream().filter(LineageNode::isModel).toList();
        for (LineageNode a : models) {
            List<LineageNode> ancestors = graph.ancestors(a);
            assertThat(ancestors).doesNotHaveDuplicates().doesNotContain(a);
            assertThat(graph.roots(a)).allSatisfy(r -> assertThat(graph.parents(r)).isEmpty());
            Set<LineageNode> descendants = new HashSet<>(graph.descendants(a));
            for (LineageNode b : models) {
                boolean below = descendants.contains(b);
                assertThat(graph.ancestors(b).contains(a)).isEqualTo(below);
                if (below) {
                    LineagePath path = graph.path(a, b).orElseThrow();
                    assertThat(path.nodes().get(0)).isEqualTo(a);
                    assertThat(path.nodes().get(path.nodes().size() - 1)).isEqualTo(b);
                    for (int i = 0; i < path.edges().size(); i++) {
                        assertThat(path.edges().get(i).source()).isEqualTo(path.nodes().get(i));
                        assertThat(path.edges().get(i).target()).isEqualTo(path.nodes().get(i + 1));
                    }
                } else if (!a.equals(b) && !graph.ancestors(a).contains(b)) {
                    assertThat(graph.path(a, b)).isEmpty();
                }
            }
        }
    }

    @Property(tries = 60)
    void exposureIsDirectUseOrDescentFromIt(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size)
            throws LineageException {
        LineageGraph graph = randomGraph(seed, size);
        for (LineageNode dataset : graph.nodes().stream().filter(n -> !n.isModel()).toList()) {
            Set<LineageNode> direct = new HashSet<>();
            for (LineageEdge use : graph.usersOf(dataset)) {
                if (use.kind().shapesWeights()) {
                    direct.add(use.target());
                }
            }
            Set<LineageNode> expected = new HashSet<>(direct);
            for (LineageNode model : direct) {
                expected.addAll(graph.descendants(model));
            }
            List<DatasetExposure> exposures = graph.trainedOn(dataset);
            assertThat(exposures).extracting(DatasetExposure::model).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
            for (DatasetExposure exposure : exposures) {
                assertThat(exposure.direct()).isEqualTo(direct.contains(exposure.model()));
                assertThat(direct).contains(exposure.exposedThrough());
                assertThat(exposure.path().nodes().get(exposure.path().nodes().size() - 1)).isEqualTo(exposure.model());
            }
        }
        assertThat(new ArrayList<>(graph.nodes())).hasSize(graph.size());
    }
}
