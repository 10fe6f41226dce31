package dev.mlbom;

import static dev.mlbom.model.ConsentStatus.OBTAINED;
import static dev.mlbom.model.DatasetRole.TRAINING;
import static dev.mlbom.model.TrainingProcedure.LORA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.model.License;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.Problem;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProvenanceBuilderTest {

    @Test
    void theIssueExampleBuildsAndReadsBack() throws Exception {
        Manifest manifest = Provenance.builder()
                .model(m -> m.name("acme/support-bot").version("2.3.0").architecture("LlamaForCausalLM")
                        .license("Apache-2.0"))
                .dataset(d -> d.name("support-tickets").version("2026-10-01").role(TRAINING).consent(OBTAINED)
                        .knownBias("English only"))
                .training(t -> t.procedure(LORA).epochs(3).learningRate(2e-5).batchSize(64))
                .evaluation(e -> e.benchmark("mmlu", 0.671, LocalDate.of(2026, 10, 30)))
                .build();

        assertThat(manifest.model().coordinates()).isEqualTo("acme/support-bot@2.3.0");
        assertThat(manifest.model().license()).contains(License.spdx("Apache-2.0"));
        assertThat(manifest.datasets()).singleElement().satisfies(d -> {
            assertThat(d.role()).isEqualTo(TRAINING);
            assertThat(d.knownBiases()).containsExactly("English only");
        });
        assertThat(manifest.training().orElseThrow().hyperparameters().learningRate()).contains(2e-5);
        assertThat(manifest.evaluation().orElseThrow().benchmarks().get(0).date()).isEqualTo(LocalDate.of(2026, 10, 30));
    }

    @Test
    void reportsEveryProblemAtOnceWithPointers() {
        assertThatThrownBy(() -> Provenance.builder()
                .model(m -> m.name(" ").license("not a license!"))
                .dataset(d -> d.name("a").role(TRAINING))
                .dataset(d -> d.name("a").role(TRAINING))
                .dataset(d -> d.otherRole(null))
                .training(t -> t.epochs(-1))
                .parent(LineageRelation.FINE_TUNE, "base", "1", "sha256:xyz")
                .event("ci", null, "trained", Instant.parse("2026-10-02T00:00:00Z"))
                .event("ci", null, "approved", Instant.parse("2026-10-01T00:00:00Z"))
                .build())
                .isInstanceOfSatisfying(ManifestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ManifestException.Reason.INVALID);
                    assertThat(e.problems()).extracting(Problem::pointer).containsExactlyInAnyOrder(
                            "/model/name", "/model/version", "/model/license/spdx",
                            "/datasets/2/name", "/datasets/2/roleOther",
                            "/training/hyperparameters/epochs", "/training/procedure",
                            "/lineage/parents/0/manifestId",
                            "/datasets/1", "/events/1");
                    assertThat(e.getMessage()).contains("/model/version: is required");
                });
    }

    @Test
    void aManifestWithoutModelIsRejected() {
        assertThatThrownBy(() -> Provenance.builder().build())
                .isInstanceOfSatisfying(ManifestException.class,
                        e -> assertThat(e.problems()).containsExactly(new Problem("/model", "is required")));
    }
}
