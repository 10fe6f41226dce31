package dev.mlbom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionOrderTest {

    private static final VersionOrder ORDER = VersionOrder.INSTANCE;

    @Test
    void semverSpecPrecedenceExamplesHold() {
        List<String> ascending = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1");
        for (int i = 0; i < ascending.size(); i++) {
            for (int j = 0; j < ascending.size(); j++) {
                assertThat(Integer.signum(ORDER.compare(ascending.get(i), ascending.get(j))))
                        .as("%s vs %s", ascending.get(i), ascending.get(j))
                        .isEqualTo(Integer.compare(i, j));
            }
        }
        assertThat(ORDER.compare("1.0.0+build.5", "1.0.0")).as("build metadata is ignored").isZero();
        assertThat(ORDER.compare("1.0.0-alpha+001", "1.0.0-alpha")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.1rc1", "2.2b1", "2.3.0rc1", "2.3.0-rc.1", "2.3.0a0", "2.3.0.dev5", "2.3.0-alpha.beta",
        "2.2.99", "2.2.post3", "1!0.1" /* epoch 1 ranks above: must pass */})
    void preReleasesAndOlderVersionsDoNotPassAMinimumOf230(String version) {
        boolean passes = VersionOrder.isAtLeast(version, "2.3.0");
        assertThat(passes).as(version).isEqualTo(version.startsWith("1!"));
        assertThat(ORDER.compare(version, "2.3.0") >= 0).isEqualTo(passes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.x", "dev", "latest", "２.３", "２.３.０", "2.3.٠", "", " 2.3.0", "2.3.0 ", "2.3.0\n",
        "2.3.*", "*", "2.3.0.x", "v", "2..3", "2.3.", ".2.3", "1.0+cpu", "2.3rc1+local", "1.0.0-",
        "1.0.0+", "1.0.0-1", "1.0.0-post.1", "1.0.0-r1", "latest-2.3.0", "2.3.0-ü"})
    void nonVersionsAndAmbiguousStringsAreRefusedWithAReason(String version) {
        assertThat(VersionOrder.parse(version)).as(version).isEmpty();
        assertThat(VersionOrder.problem(version)).isNotBlank();
        assertThatThrownBy(() -> VersionOrder.require(version)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(VersionOrder.problem(version));
        assertThat(ORDER.compare(version, "0.0.0-alpha")).as("a refused string ranks below every version").isNegative();
        assertThat(ORDER.compare("0", version)).isPositive();
        assertThat(VersionOrder.isAtLeast(version, "0")).isFalse();
        assertThat(VersionOrder.isAtLeast("9.9.9", version)).isFalse();
    }

    @Test
    void reasonsSayWhatIsWrong() {
        assertThat(VersionOrder.problem("2.x")).contains("'2.x'").contains("neither a SemVer 2.0").contains("PEP 440");
        assertThat(VersionOrder.problem("２.３")).contains("U+FF12").contains("full-width");
        assertThat(VersionOrder.problem("1.0.0-1")).contains("ambiguous").contains("1.0.0.post1");
        assertThat(VersionOrder.problem("1.0+cpu")).contains("local");
        assertThat(VersionOrder.problem("")).contains("empty");
        assertThat(VersionOrder.problem("1." + "0".repeat(200))).contains("longer than");
        assertThat(VersionOrder.problem("2.3.0")).isNull();
    }

    @Test
    void pep440SpellingsNormalise() {
        assertThat(ORDER.compare("2.1rc1", "2.1.0rc1")).isZero();
        assertThat(ORDER.compare("2.1rc1", "2.1.0-RC.1")).isZero();
        assertThat(ORDER.compare("1.0-alpha1", "1.0a1")).isZero();
        assertThat(ORDER.compare("1.0.0-beta", "1.0b0")).isZero();
        assertThat(ORDER.compare("1.0c1", "1.0rc1")).isZero();
        assertThat(ORDER.compare("1.0-preview_2", "1.0rc2")).isZero();
        assertThat(ORDER.compare("1.0.post1", "1.0-1")).isZero();
        assertThat(ORDER.compare("1.0-r", "1.0.post0")).isZero();
        assertThat(ORDER.compare("v2.3.0", "2.3")).isZero();
        assertThat(ORDER.compare("01.002", "1.2")).isZero();
        assertThat(ORDER.compare("1.0.dev", "1.0.dev0")).isZero();
        assertThat(VersionOrder.require("2.1rc1").scheme()).isEqualTo(VersionOrder.Scheme.PEP440);
        assertThat(VersionOrder.require("1.0.0-alpha.beta").scheme()).isEqualTo(VersionOrder.Scheme.SEMVER);
        assertThat(VersionOrder.require("1.2.3").scheme()).as("a string that fits both reads as PEP 440")
                .isEqualTo(VersionOrder.Scheme.PEP440);
    }

    @Test
    void pep440PhasesRankAsPip() {
        List<String> ascending = List.of("1.0.dev1", "1.0a1.dev1", "1.0a1", "1.0a1.post1.dev1", "1.0a1.post1",
                "1.0b1", "1.0rc1", "1.0", "1.0.post1.dev1", "1.0.post1", "1.0.1", "1.1.dev1", "1!0.1");
        for (int i = 0; i + 1 < ascending.size(); i++) {
            assertThat(ORDER.compare(ascending.get(i), ascending.get(i + 1)))
                    .as("%s < %s", ascending.get(i), ascending.get(i + 1)).isNegative();
        }
    }

    @Test
    void numbersCompareNumericallyWhateverTheirLength() {
        assertThat(ORDER.compare("1.10.0", "1.9.2")).isPositive();
        assertThat(ORDER.compare("1.0.0-rc.10", "1.0.0-rc.9")).isPositive();
        assertThat(ORDER.compare("99999999999999999999999.0", "99999999999999999999998.9")).isPositive();
    }
}
