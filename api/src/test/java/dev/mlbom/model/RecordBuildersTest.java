package dev.mlbom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Records with many components are also built field by field, with the same checks. */
class RecordBuildersTest {

    @Test
    void aRuntimeDependencyBuildsAndEqualsTheCanonicalConstruction() {
        RuntimeDependency built = RuntimeDependency.builder().name("kb-index").kind(ComponentKind.VECTOR_INDEX)
                .version("2026-10").build();
        assertThat(built).isEqualTo(new RuntimeDependency("kb-index", ComponentKind.VECTOR_INDEX, Optional.empty(),
                Optional.of("2026-10"), Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> RuntimeDependency.builder().kind(ComponentKind.OTHER).build())
                .isInstanceOf(InvalidManifestException.class).hasMessageContaining("name");
    }

    @Test
    void aBenchmarkResultNeedsItsValue() {
        BenchmarkResult built = BenchmarkResult.builder().name("mmlu").metric("accuracy").value(0.671)
                .date(LocalDate.of(2026, 10, 30)).build();
        assertThat(built.key()).isEqualTo("mmlu/accuracy");
        assertThatThrownBy(() -> BenchmarkResult.builder().name("mmlu").date(LocalDate.of(2026, 10, 30)).build())
                .isInstanceOf(InvalidManifestException.class).hasMessageContaining("value");
    }

    @Test
    void aParentModelBuilds() {
        ParentModel parent = ParentModel.builder().relation(LineageRelation.FINE_TUNE).name("acme/base")
                .version("1.0.0").build();
        assertThat(parent.coordinates()).isEqualTo("acme/base@1.0.0");
        assertThat(parent.manifestId()).isEmpty();
        assertThatThrownBy(() -> ParentModel.builder().name("acme/base").version("1.0.0").build())
                .isInstanceOf(InvalidManifestException.class).hasMessageContaining("relation");
    }
}
