package dev.mlbom.diff;

import static dev.mlbom.fixtures.SampleManifests.build;
import static dev.mlbom.fixtures.SampleManifests.supportBot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.model.Manifest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LastGoodTest {

    static final Manifest V1 = build(supportBot("1", "r1", "2026-08", 2e-5, false, 'a'));
    static final Manifest V2 = build(supportBot("2", "r1", "2026-09", 2e-5, false, 'b'));
    static final Manifest V3 = build(supportBot("3", "r2", "2026-09", 2e-5, false, 'c'));
    static final Manifest V4 = build(supportBot("4", "r2", "2026-10", 3e-5, true, 'd'));

    /** Only versions whose model version is in the set pass; others fail as a verifier would. */
    static VersionCheck<Manifest> passing(Set<String> good) {
        return m -> {
            if (!good.contains(m.model().version())) {
                throw new DiffException(DiffException.Reason.CHECK_FAILED, "signature of " + m.model().coordinates()
                        + " does not verify", null);
            }
        };
    }

    @Test
    void diffsAgainstTheMostRecentEarlierVersionThatPasses() throws Exception {
        LastGood.Result result = LastGood.diff(List.of(V1, V2, V3, V4), passing(Set.of("1")));
        assertThat(result.current()).isEqualTo(V4);
        assertThat(result.lastGoodIndex()).isZero();
        assertThat(result.lastGood()).contains(V1);
        assertThat(result.skipped()).extracting(LastGood.Skipped::index, LastGood.Skipped::subject,
                LastGood.Skipped::reasonCode).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "acme/support-bot@3", "CHECK_FAILED"),
                        org.assertj.core.groups.Tuple.tuple(1, "acme/support-bot@2", "CHECK_FAILED"));
        assertThat(result.diff().orElseThrow().summary()).extracting(SemanticChange::text)
                .contains("model version 1 -> 4", "dataset support-tickets 2026-08 -> 2026-10");
    }

    @Test
    void theCurrentVersionIsNotChecked() throws Exception {
        LastGood.Result result = LastGood.diff(List.of(V1, V2, V3, V4), passing(Set.of("1", "3")));
        assertThat(result.lastGoodIndex()).isEqualTo(2);
        assertThat(result.skipped()).isEmpty();
        assertThat(result.diff().orElseThrow().oldSubject()).isEqualTo("acme/support-bot@3");
    }

    @Test
    void noGoodVersionMeansNoDiff() throws Exception {
        LastGood.Result result = LastGood.diff(List.of(V1, V2), VersionCheck.of(m -> false));
        assertThat(result.lastGoodIndex()).isEqualTo(-1);
        assertThat(result.diff()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(s -> assertThat(s.reasonCode()).isEqualTo("CHECK_FAILED"));
        assertThat(LastGood.diff(List.of(V1), VersionCheck.of(m -> true)).diff()).isEmpty();
    }

    @Test
    void anEmptyHistoryIsRejected() {
        assertThatThrownBy(() -> LastGood.diff(List.<Manifest>of(), VersionCheck.of(m -> true)))
                .isInstanceOfSatisfying(DiffException.class,
                        e -> assertThat(e.reason()).isEqualTo(DiffException.Reason.EMPTY_HISTORY));
    }

    @Test
    void anUnreadableVersionIsRejectedAndAnUndecidedCheckPropagates() {
        List<String> envelopes = List.of("v1", "broken", "v3");
        LastGood.ManifestOf<String> read = name -> switch (name) {
            case "v1" -> V1;
            case "v3" -> V3;
            default -> throw new DiffException(DiffException.Reason.UNREADABLE_VERSION, "bad payload", null);
        };
        assertThatThrownBy(() -> LastGood.diff(envelopes, read, v -> { }))
                .isInstanceOfSatisfying(DiffException.class,
                        e -> assertThat(e.reason()).isEqualTo(DiffException.Reason.UNREADABLE_VERSION));
        assertThatThrownBy(() -> LastGood.diff(envelopes, read, v -> {
            throw new IllegalStateException("KMS unreachable");
        })).isInstanceOf(IllegalStateException.class);
    }
}
