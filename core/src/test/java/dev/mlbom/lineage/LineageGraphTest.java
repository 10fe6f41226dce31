package dev.mlbom.lineage;

import static dev.mlbom.lineage.Fixtures.TEST_IDS;
import static dev.mlbom.lineage.Fixtures.base;
import static dev.mlbom.lineage.Fixtures.fakeId;
import static dev.mlbom.lineage.Fixtures.idOf;
import static dev.mlbom.lineage.Fixtures.manifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineageGraphTest {

    /**
     * base@1 -fine-tune-> chat@1 -adapter-> chat-lora@1 -quantization-> chat-lora-q4@1, and
     * merged@1 = merge(chat@1, other@1); other@1 is a continued pre-training of hf/upstream@0, whose
     * manifest is not in the set. chat@1 is fine-tuned on tickets@2026-10 and evaluated on
     * eval-suite@3; chat-lora@1 is fine-tuned on faq@1.
     */
    static final Manifest BASE = manifest("acme/base", "1", Fixtures.data("web-crawl", "2026-01", DatasetRole.PRE_TRAINING));
    static final Manifest CHAT = manifest("acme/chat", "1", b -> {
        b.parent(LineageRelation.FINE_TUNE, "acme/base", "1", idOf(BASE).value());
        Fixtures.data("tickets", "2026-10", DatasetRole.FINE_TUNING).accept(b);
        Fixtures.data("eval-suite", "3", DatasetRole.EVALUATION).accept(b);
    });
    static final Manifest LORA = manifest("acme/chat-lora", "1", b -> {
        b.parent(LineageRelation.ADAPTER, "acme/chat", "1", idOf(CHAT).value());
        Fixtures.data("faq", "1", DatasetRole.FINE_TUNING).accept(b);
    });
    static final Manifest Q4 = manifest("acme/chat-lora-q4", "1",
            b -> b.parent(LineageRelation.QUANTIZATION, "acme/chat-lora", "1", idOf(LORA).value()));
    static final Manifest OTHER = manifest("acme/other", "1",
            b -> b.parent(LineageRelation.CONTINUED_PRE_TRAINING, "hf/upstream", "0", null));
    static final Manifest MERGED = manifest("acme/merged", "1", b -> {
        b.parent(LineageRelation.MERGE, "acme/chat", "1", idOf(CHAT).value());
        b.parent(LineageRelation.MERGE, "acme/other", "1", idOf(OTHER).value());
    });

    static List<Manifest> family() {
        return List.of(BASE, CHAT, LORA, Q4, OTHER, MERGED);
    }

    static LineageGraph graph() throws LineageException {
        LineageGraph.Builder builder = LineageGraph.builder().identifier(TEST_IDS);
        family().forEach(builder::add);
        return builder.build();
    }

    static List<String> coords(List<LineageNode> nodes) {
        return nodes.stream().map(LineageNode::coordinates).toList();
    }

    static LineageNode model(LineageGraph graph, String name) {
        return graph.model(name, name.startsWith("hf/") ? "0" : "1").orElseThrow();
    }

    @Test
    void nodesAndEdgesOfTheFourGenerationFamily() throws Exception {
        LineageGraph graph = graph();
        assertThat(graph.nodes().stream().filter(LineageNode::isModel)).hasSize(7);
        assertThat(graph.nodes().stream().filter(n -> !n.isModel())).hasSize(4);
        assertThat(graph.edges()).hasSize(6 + 4);
        LineageNode chat = model(graph, "acme/chat");
        assertThat(chat.manifestId()).contains(idOf(CHAT));
        assertThat(graph.entry(chat).orElseThrow().manifest()).isEqualTo(CHAT);
        assertThat(graph.parents(model(graph, "acme/merged"))).extracting(e -> e.source().coordinates(), LineageEdge::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme/chat@1", EdgeKind.MERGE),
                        org.assertj.core.groups.Tuple.tuple("acme/other@1", EdgeKind.MERGE));
        assertThat(graph.children(chat)).extracting(e -> e.target().coordinates())
                .containsExactly("acme/chat-lora@1", "acme/merged@1");
        assertThat(graph.datasetsOf(chat)).extracting(e -> e.source().coordinates(), LineageEdge::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tickets@2026-10", EdgeKind.FINE_TUNED_ON),
                        org.assertj.core.groups.Tuple.tuple("eval-suite@3", EdgeKind.EVALUATED_ON));
        assertThat(graph.usersOf(graph.dataset("faq", "1").orElseThrow())).extracting(e -> e.target().coordinates())
                .containsExactly("acme/chat-lora@1");
    }

    @Test
    void ancestorsReachTheRootBaseModel() throws Exception {
        LineageGraph graph = graph();
        LineageNode q4 = model(graph, "acme/chat-lora-q4");
        assertThat(coords(graph.ancestors(q4))).containsExactly("acme/chat-lora@1", "acme/chat@1", "acme/base@1");
        assertThat(graph.ancestors(q4)).allSatisfy(n -> assertThat(n.manifestId()).isPresent());
        assertThat(coords(graph.roots(q4))).containsExactly("acme/base@1");
        assertThat(coords(graph.roots(model(graph, "acme/merged")))).containsExactly("acme/base@1", "hf/upstream@0");
        assertThat(coords(graph.roots(model(graph, "acme/base")))).containsExactly("acme/base@1");
        assertThat(graph.ancestors(model(graph, "acme/base"))).isEmpty();
    }

    @Test
    void descendantsOfABaseModel() throws Exception {
        LineageGraph graph = graph();
        assertThat(coords(graph.descendants(model(graph, "acme/base"))))
                .containsExactly("acme/chat@1", "acme/chat-lora@1", "acme/merged@1", "acme/chat-lora-q4@1");
        assertThat(coords(graph.descendants(model(graph, "hf/upstream")))).containsExactly("acme/other@1", "acme/merged@1");
        assertThat(graph.descendants(model(graph, "acme/chat-lora-q4"))).isEmpty();
    }

    @Test
    void pathBetweenTwoModelsInEitherOrder() throws Exception {
        LineageGraph graph = graph();
        LineageNode base = model(graph, "acme/base");
        LineageNode q4 = model(graph, "acme/chat-lora-q4");
        String expected = "acme/base@1 -[fine-tune]-> acme/chat@1 -[adapter]-> acme/chat-lora@1"
                + " -[quantization]-> acme/chat-lora-q4@1";
        assertThat(graph.path(base, q4).orElseThrow()).hasToString(expected);
        assertThat(graph.path(q4, base).orElseThrow()).hasToString(expected);
        assertThat(graph.path(base, base).orElseThrow().nodes()).containsExactly(base);
        assertThat(graph.path(q4, model(graph, "acme/merged"))).isEmpty();
        assertThat(graph.path(model(graph, "hf/upstream"), model(graph, "acme/merged")).orElseThrow())
                .hasToString("hf/upstream@0 -[continued-pre-training]-> acme/other@1 -[merge]-> acme/merged@1");
    }

    @Test
    void modelsTrainedOnADatasetDirectAndInherited() throws Exception {
        LineageGraph graph = graph();
        List<DatasetExposure> exposures = graph.trainedOn(graph.dataset("tickets", "2026-10").orElseThrow());
        assertThat(exposures).extracting(e -> e.model().coordinates(), DatasetExposure::direct).containsExactly(
                org.assertj.core.groups.Tuple.tuple("acme/chat@1", true),
                org.assertj.core.groups.Tuple.tuple("acme/chat-lora@1", false),
                org.assertj.core.groups.Tuple.tuple("acme/merged@1", false),
                org.assertj.core.groups.Tuple.tuple("acme/chat-lora-q4@1", false));
        DatasetExposure q4 = exposures.get(3);
        assertThat(q4.exposedThrough().coordinates()).isEqualTo("acme/chat@1");
        assertThat(q4.role()).isEqualTo(EdgeKind.FINE_TUNED_ON);
        assertThat(q4.path()).hasToString(
                "acme/chat@1 -[adapter]-> acme/chat-lora@1 -[quantization]-> acme/chat-lora-q4@1");
        // a pre-training corpus of the base reaches the whole family
        assertThat(graph.trainedOn(graph.dataset("web-crawl", "2026-01").orElseThrow())).hasSize(5);
        // evaluation data does not shape weights
        assertThat(graph.trainedOn(graph.dataset("eval-suite", "3").orElseThrow())).isEmpty();
        assertThat(graph.dataset("tickets", "2026-09")).isEmpty();
    }

    @Test
    void missingAncestorsAreWarningsUnlessTheWholeLineageIsRequired() throws Exception {
        LineageGraph graph = graph();
        assertThat(coords(graph.missingAncestors())).containsExactly("hf/upstream@0");
        assertThat(graph.model("hf/upstream", "0").orElseThrow().missing()).isTrue();
        assertThat(coords(graph.missingAncestors(model(graph, "acme/merged")))).containsExactly("hf/upstream@0");
        assertThat(graph.missingAncestors(model(graph, "acme/chat-lora-q4"))).isEmpty();
        assertThat(graph.integrity().isSound()).isTrue();
        assertThat(graph.integrity().isClean()).isFalse();
        assertThat(graph.integrity().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.reason()).isEqualTo(LineageException.Reason.MISSING_ANCESTOR);
            assertThat(issue.severity()).isEqualTo(IntegrityIssue.Severity.WARNING);
            assertThat(issue.nodes()).containsExactly("hf/upstream@0", "acme/other@1");
        });
        LineageGraph.Builder strict = LineageGraph.builder().identifier(TEST_IDS).requireCompleteLineage();
        family().forEach(strict::add);
        assertThatThrownBy(strict::build).isInstanceOfSatisfying(LineageException.class,
                e -> assertThat(e.reason()).isEqualTo(LineageException.Reason.MISSING_ANCESTOR));
    }

    @Test
    void aCycleIsRejectedAndShownInOrder() {
        Manifest a = manifest("a", "1", b -> b.parent(LineageRelation.FINE_TUNE, "b", "1", null));
        Manifest b = manifest("b", "1", x -> x.parent(LineageRelation.FINE_TUNE, "a", "1", null));
        LineageGraph.Builder builder = LineageGraph.builder().identifier(TEST_IDS).add(a).add(b);
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(LineageException.class, e -> {
            assertThat(e.reason()).isEqualTo(LineageException.Reason.CYCLE);
            assertThat(e.getMessage()).contains("a@1 -> b@1 -> a@1");
            assertThat(e.issues()).singleElement().satisfies(
                    issue -> assertThat(issue.nodes()).containsExactly("a@1", "b@1", "a@1"));
        });
    }

    @Test
    void aLongerCycleInsideALargerGraphIsFoundOnce() throws Exception {
        Manifest root = base("root", "1");
        Manifest x = manifest("x", "1", b -> {
            b.parent(LineageRelation.MERGE, "root", "1", null);
            b.parent(LineageRelation.MERGE, "z", "1", null);
        });
        Manifest y = manifest("y", "1", b -> b.parent(LineageRelation.FINE_TUNE, "x", "1", null));
        Manifest z = manifest("z", "1", b -> b.parent(LineageRelation.ADAPTER, "y", "1", null));
        LineageGraph graph = LineageGraph.builder().identifier(TEST_IDS).add(root).add(x).add(y).add(z)
                .buildAllowingIssues();
        assertThat(graph.integrity().withReason(LineageException.Reason.CYCLE)).singleElement()
                .satisfies(issue -> assertThat(String.join(" -> ", issue.nodes())).isEqualTo("x@1 -> z@1 -> y@1 -> x@1"));
        // queries still terminate on a cyclic graph
        assertThat(coords(graph.ancestors(graph.model("y", "1").orElseThrow()))).containsExactly("x@1", "root@1", "z@1");
        assertThat(LineageRenderer.svg(graph)).contains("z@1");
    }

    @Test
    void aForgedParentIdIsRejected() {
        Manifest parent = base("acme/base", "1");
        Manifest forged = manifest("acme/chat", "1", b -> b.parent(LineageRelation.FINE_TUNE, "acme/base", "1",
                fakeId("some other base").value()));
        LineageGraph.Builder builder = LineageGraph.builder().identifier(TEST_IDS).add(parent).add(forged);
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(LineageException.class, e -> {
            assertThat(e.reason()).isEqualTo(LineageException.Reason.PARENT_ID_MISMATCH);
            assertThat(e.getMessage()).contains("acme/chat@1 names parent acme/base@1", idOf(parent).value(),
                    fakeId("some other base").value());
        });
    }

    @Test
    void aParentIdIsCheckedWhateverOrderTheManifestsArrive() {
        Manifest parent = base("p", "1");
        Manifest child = manifest("c", "1", b -> b.parent(LineageRelation.FINE_TUNE, "p", "1", fakeId("x").value()));
        LineageGraph.Builder builder = LineageGraph.builder().identifier(TEST_IDS).add(child).add(parent);
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(LineageException.class,
                e -> assertThat(e.reason()).isEqualTo(LineageException.Reason.PARENT_ID_MISMATCH));
    }

    @Test
    void duplicateModelWithDifferentContentIsRejectedButAnIdenticalRepeatIsNot() throws Exception {
        Manifest one = manifest("m", "1", Fixtures.data("d", "1", DatasetRole.TRAINING));
        Manifest other = manifest("m", "1", Fixtures.data("d", "2", DatasetRole.TRAINING));
        LineageGraph.Builder builder = LineageGraph.builder().identifier(TEST_IDS).add(one).add(other);
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(LineageException.class, e -> {
            assertThat(e.reason()).isEqualTo(LineageException.Reason.DUPLICATE_MODEL);
            assertThat(e.getMessage()).contains("two different manifests claim m@1");
        });
        LineageGraph same = LineageGraph.builder().identifier(TEST_IDS).add(one).add(one).build();
        assertThat(same.edges()).hasSize(1);
    }

    @Test
    void aSelfParentIsRejected() {
        Manifest self = manifest("s", "1", b -> b.parent(LineageRelation.FINE_TUNE, "s", "1", null));
        assertThatThrownBy(() -> LineageGraph.builder().identifier(TEST_IDS).add(self).build())
                .isInstanceOfSatisfying(LineageException.class,
                        e -> assertThat(e.reason()).isEqualTo(LineageException.Reason.SELF_PARENT));
    }

    @Test
    void everyIssueIsReportedAtOnce() throws Exception {
        Manifest a = manifest("a", "1", b -> b.parent(LineageRelation.FINE_TUNE, "b", "1", null));
        Manifest b = manifest("b", "1", x -> x.parent(LineageRelation.FINE_TUNE, "a", "1", null));
        Manifest p = base("p", "1");
        Manifest c = manifest("c", "1", x -> {
            x.parent(LineageRelation.FINE_TUNE, "p", "1", fakeId("x").value());
            x.parent(LineageRelation.MERGE, "gone", "1", null);
        });
        IntegrityReport report = LineageGraph.builder().identifier(TEST_IDS).add(a).add(b).add(p).add(c)
                .add(manifest("p", "1", Fixtures.data("q", "1", DatasetRole.TRAINING)))
                .buildAllowingIssues().integrity();
        assertThat(report.issues()).extracting(IntegrityIssue::reason).containsExactlyInAnyOrder(
                LineageException.Reason.CYCLE, LineageException.Reason.PARENT_ID_MISMATCH,
                LineageException.Reason.DUPLICATE_MODEL, LineageException.Reason.MISSING_ANCESTOR);
        assertThat(report.isSound()).isFalse();
        assertThat(report.errors()).hasSize(3);
        assertThat(report.toString()).contains("ERROR CYCLE", "WARNING MISSING_ANCESTOR");
    }

    @Test
    void suppliedIdsAreUsedWithoutComputingDigests() throws Exception {
        ManifestIdentifier refuse = m -> {
            throw new AssertionError("must not compute an id");
        };
        Manifest p = base("p", "1");
        Manifest c = manifest("c", "1", b -> b.parent(LineageRelation.FINE_TUNE, "p", "1", fakeId("p").value()));
        LineageGraph graph = LineageGraph.builder().identifier(refuse).add(fakeId("p"), p).add(fakeId("c"), c).build();
        assertThat(graph.model("c", "1").orElseThrow().manifestId()).contains(fakeId("c"));
        assertThatThrownBy(() -> LineageGraph.builder().identifier(m -> {
            throw new LineageException(LineageException.Reason.IDENTITY_FAILED, "boom", List.of(), null);
        }).add(p).build()).isInstanceOfSatisfying(LineageException.class,
                e -> assertThat(e.reason()).isEqualTo(LineageException.Reason.IDENTITY_FAILED));
    }

    @Test
    void aroundCutsOutOneFamily() throws Exception {
        LineageGraph graph = graph();
        LineageGraph lora = graph.around(model(graph, "acme/chat-lora"));
        assertThat(lora.nodes()).extracting(LineageNode::coordinates).containsExactlyInAnyOrder(
                "acme/base@1", "acme/chat@1", "acme/chat-lora@1", "acme/chat-lora-q4@1",
                "web-crawl@2026-01", "tickets@2026-10", "eval-suite@3", "faq@1");
        assertThat(lora.edges()).hasSize(3 + 4);
        assertThat(coords(lora.ancestors(model(lora, "acme/chat-lora-q4")))).containsExactly(
                "acme/chat-lora@1", "acme/chat@1", "acme/base@1");
    }

    @Test
    void unknownNodesAreApiMisuse() throws Exception {
        LineageGraph graph = graph();
        LineageNode stranger = new LineageNode(NodeKind.MODEL, "nobody", java.util.Optional.of("1"),
                java.util.Optional.empty(), false);
        assertThatThrownBy(() -> graph.ancestors(stranger)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void insertionOrderDoesNotChangeRenderings() throws Exception {
        String dot = LineageRenderer.dot(graph());
        String svg = LineageRenderer.svg(graph());
        List<Manifest> shuffled = new ArrayList<>(family());
        Collections.shuffle(shuffled, new Random(7));
        LineageGraph.Builder builder = LineageGraph.builder().identifier(TEST_IDS);
        shuffled.forEach(builder::add);
        LineageGraph again = builder.build();
        assertThat(LineageRenderer.dot(again)).isEqualTo(dot);
        assertThat(LineageRenderer.svg(again)).isEqualTo(svg);
    }
}
