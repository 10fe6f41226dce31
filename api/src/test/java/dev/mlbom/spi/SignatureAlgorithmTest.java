package dev.mlbom.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureAlgorithmTest {

    @Test
    void wellKnownAlgorithmsHaveStableIdsInAFixedOrder() {
        assertThat(SignatureAlgorithm.knownAlgorithms()).extracting(SignatureAlgorithm::id).containsExactly(
                "ed25519", "ecdsa-p256-sha256", "ecdsa-p384-sha384", "ecdsa-p521-sha512", "rsa-pss-sha256",
                "ml-dsa-44", "ml-dsa-65", "ml-dsa-87");
        assertThat(SignatureAlgorithm.knownAlgorithms()).allMatch(SignatureAlgorithm::isWellKnown);
        assertThatThrownBy(() -> SignatureAlgorithm.knownAlgorithms().add(SignatureAlgorithm.ED25519))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void fromIdFindsOnlyWellKnownIdsIgnoringCase() {
        assertThat(SignatureAlgorithm.fromId("ML-DSA-65")).containsSame(SignatureAlgorithm.ML_DSA_65);
        assertThat(SignatureAlgorithm.fromId("ecdsa-p521-sha512")).containsSame(SignatureAlgorithm.ECDSA_P521_SHA512);
        assertThat(SignatureAlgorithm.fromId("acme-hsm-sig1")).isEmpty();
        assertThat(SignatureAlgorithm.fromId("")).isEmpty();
        assertThat(SignatureAlgorithm.fromId(null)).isEmpty();
    }

    @Test
    void ofNamesVendorAlgorithmsAndReturnsTheConstantForAWellKnownId() {
        SignatureAlgorithm vendor = SignatureAlgorithm.of("acme-hsm-sig1");
        assertThat(vendor.id()).isEqualTo("acme-hsm-sig1");
        assertThat(vendor.isWellKnown()).isFalse();
        assertThat(vendor).isEqualTo(SignatureAlgorithm.of("acme-hsm-sig1")).hasSameHashCodeAs(SignatureAlgorithm.of("acme-hsm-sig1"))
                .isNotEqualTo(SignatureAlgorithm.ED25519).hasToString("acme-hsm-sig1");
        assertThat(SignatureAlgorithm.of("ed25519")).isSameAs(SignatureAlgorithm.ED25519);
    }

    @Test
    void ofRefusesIdsOutsideTheSyntax() {
        for (String bad : List.of("", "ED25519", "acme_sig", "-acme", "acme-", "acme--sig", "acme sig", "ac\u00e9",
                "a".repeat(SignatureAlgorithm.MAX_ID_LENGTH + 1))) {
            assertThatThrownBy(() -> SignatureAlgorithm.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lower-case");
        }
        assertThat(SignatureAlgorithm.of("a".repeat(SignatureAlgorithm.MAX_ID_LENGTH)).id()).hasSize(64);
        assertThatThrownBy(() -> SignatureAlgorithm.of(null)).isInstanceOf(NullPointerException.class);
    }
}
