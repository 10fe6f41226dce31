package dev.mlbom.diff;

import static dev.mlbom.fixtures.SampleManifests.build;
import static dev.mlbom.fixtures.SampleManifests.supportBot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.fixtures.Golden;
import dev.mlbom.fixtures.SampleManifests;
import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.Manifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManifestDiffTest {

    static final Path DIR = Golden.TEST_RESOURCES.resolve("dev/mlbom/diff");

    static final Manifest V23 = build(supportBot("2.3.0", "r1", "2026-09", 2e-5, false, 'a'));
    static final Manifest V24 = build(supportBot("2.4.0", "r2", "2026-10", 3e-5, true, 'b'));

    @Test
    void semanticSummaryOfANewRelease() {
        ManifestDiff diff = ManifestDiff.of(V23, V24);
        assertThat(diff.summary()).extracting(SemanticChange::text).containsExactly(
                "model version 2.3.0 -> 2.4.0",
                "base model changed: meta-llama/Llama-3.1-8B-Instruct@r1 -> @r2",
                "dataset support-tickets 2026-09 -> 2026-10",
                "dataset support-tickets: uri changed",
                "learning rate 2e-5 -> 3e-5",
                "safety filter added: pii-redactor@0.9",
                "artifact weights.safetensors changed");
        assertThat(diff.summary().get(1).topic()).isEqualTo(SemanticChange.Topic.LINEAGE);
    }

    @Test
    void versionsDiffThroughAReaderAndAnUnreadableOneIsAnErrorNotAnEmptyDiff() throws Exception {
        java.util.Map<String, Manifest> files = java.util.Map.of("v23", V23, "v24", V24);
        ManifestDiff diff = ManifestDiff.of("v23", "v24", files::get);
        assertThat(diff.summary()).isEqualTo(ManifestDiff.of(V23, V24).summary());
        assertThatThrownBy(() -> ManifestDiff.of("v23", "missing", files::get))
                .isInstanceOfSatisfying(DiffException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DiffException.Reason.UNREADABLE_VERSION);
                    assertThat(e.getMessage()).contains("new version missing");
                });
        assertThatThrownBy(() -> ManifestDiff.of("v23", "v24", version -> {
            throw new DiffException(DiffException.Reason.CHECK_FAILED, "not a manifest: " + version, null);
        })).isInstanceOfSatisfying(DiffException.class, e -> {
            assertThat(e.reason()).isEqualTo(DiffException.Reason.UNREADABLE_VERSION);
            assertThat(e.getMessage()).contains("old version v23", "not a manifest: v23");
        });
    }

    @Test
    void fieldChangesOfANewReleaseGolden() throws Exception {
        ManifestDiff diff = ManifestDiff.of(V23, V24);
        assertThat(diff.changes()).extracting(FieldChange::pointer).contains("/model/version",
                "/model/artifacts/1/digests/sha256", "/datasets/0/version", "/training/hyperparameters/learningRate",
                "/operations/safetyFilters/1", "/lineage/parents/0/version", "/lineage/parents/0/manifestId");
        Golden.check(DIR.resolve("diff-support-bot-2.3.0-to-2.4.0.txt"), DiffRenderer.text(diff));
        Golden.check(DIR.resolve("diff-support-bot-2.3.0-to-2.4.0.json"), DiffRenderer.json(diff));
    }

    @Test
    void removedFilterAndReorderedDatasetsGolden() throws Exception {
        Manifest before = build(Manifest.builder().model(m -> m.name("m").version("1"))
                .dataset(d -> d.name("a").version("1").role(DatasetRole.TRAINING))
                .dataset(d -> d.name("b").version("1").role(DatasetRole.TRAINING))
                .dataset(d -> d.name("c").version("1").role(DatasetRole.EVALUATION).knownBias("US only"))
                .operations(o -> o.safetyFilter("toxicity-guard", "1.2").safetyFilter("pii-redactor", "0.9")));
        Manifest after = build(Manifest.builder().model(m -> m.name("m").version("2"))
                .dataset(d -> d.name("c").version("1").role(DatasetRole.EVALUATION).knownBias("US only")
                        .knownBias("adults only"))
                .dataset(d -> d.name("a").version("1").role(DatasetRole.TRAINING))
                .operations(o -> o.safetyFilter("toxicity-guard", "1.3")));
        ManifestDiff diff = ManifestDiff.of(before, after);
        assertThat(diff.changes()).extracting(c -> c.kind() + " " + c.pointer()).containsExactly(
                "CHANGED /model/version",
                "ADDED /datasets/0/knownBiases/1",
                "REMOVED /datasets/1",
                "CHANGED /operations/safetyFilters/0/version",
                "REMOVED /operations/safetyFilters/1");
        assertThat(diff.summary()).extracting(SemanticChange::text).containsExactly(
                "model version 1 -> 2",
                "dataset c: known biases changed",
                "dataset removed: b@1 (training)",
                "safety filter toxicity-guard 1.2 -> 1.3",
                "safety filter removed: pii-redactor");
        Golden.check(DIR.resolve("diff-removed-filter-and-reordered-datasets.txt"), DiffRenderer.text(diff));
        Golden.check(DIR.resolve("diff-removed-filter-and-reordered-datasets.json"), DiffRenderer.json(diff));
    }

    @Test
    void identicalManifestsHaveNoChanges() {
        ManifestDiff diff = ManifestDiff.of(SampleManifests.complete(), SampleManifests.complete());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.summary()).isEmpty();
        assertThat(DiffRenderer.text(diff)).isEqualTo("Diff acme/support-bot@2.3.0 -> acme/support-bot@2.3.0\nno changes\n");
    }

    @Test
    void fromNothingToEverything() {
        ManifestDiff diff = ManifestDiff.of(SampleManifests.minimal(), SampleManifests.complete());
        assertThat(diff.changes()).extracting(FieldChange::kind).contains(FieldChange.Kind.ADDED);
        assertThat(diff.changes()).anySatisfy(c -> assertThat(c.pointer()).isEqualTo("/training"));
        assertThat(diff.summary()).extracting(SemanticChange::text).contains("training section added",
                "dataset added: support-tickets@2026-10 (fine-tuning)", "safety filter added: toxicity-guard@1.2",
                "parent added: meta-llama/Llama-3.1-8B-Instruct@r1 (fine-tune)", "2 events added");
        assertThat(ManifestDiff.of(SampleManifests.complete(), SampleManifests.minimal()).changes())
                .extracting(FieldChange::kind).containsOnly(FieldChange.Kind.CHANGED, FieldChange.Kind.REMOVED);
    }

    @Test
    void fieldChangeValuesAreImmutable() {
        FieldChange change = ManifestDiff.of(V23, V24).changes().get(0);
        assertThat(change.newValue().orElseThrow()).isInstanceOf(dev.mlbom.model.JsonValue.Text.class);
        for (FieldChange c : ManifestDiff.of(SampleManifests.complete(), SampleManifests.minimal()).changes()) {
            for (dev.mlbom.model.JsonValue v : List.of(c.oldValue(), c.newValue()).stream().flatMap(Optional::stream)
                    .toList()) {
                if (v instanceof dev.mlbom.model.JsonValue.Obj o) {
                    assertThatThrownBy(() -> o.members().clear()).isInstanceOf(UnsupportedOperationException.class);
                } else if (v instanceof dev.mlbom.model.JsonValue.Array a) {
                    assertThatThrownBy(() -> a.items().clear()).isInstanceOf(UnsupportedOperationException.class);
                }
            }
        }
    }
}
