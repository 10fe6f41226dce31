package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.spi.SignatureAlgorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFileTest {

    @TempDir
    Path dir;
    private KeyPairHandle key;

    @BeforeEach
    void keys() throws Exception {
        key = KeyPairHandle.generate(SignatureAlgorithm.ECDSA_P256_SHA256);
        Files.createDirectories(dir.resolve("keys"));
        KeyFiles.writePublicKey(dir.resolve("keys/release.pub"), key.publicKey());
    }

    private Path policy(String yaml) throws Exception {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void loadsEverySetting() throws Exception {
        Policy policy = PolicyFile.load(policy(("""
                # release policy
                trustedKeys:
                  - publicKey: keys/release.pub
                    label: release-2026
                    validFrom: 2026-01-01T00:00:00Z
                    validUntil: "2027-01-01T00:00:00Z"
                revokedKeys: [ "SHA256:%s" ]
                threshold: 1
                requiredFields: complete
                artifacts:
                  allowUnexpectedFiles: true
                  skipDigests: false
                  followSymlinksWithin: ../hub/models--acme--bot
                maxAge: P90D
                clockSkew: PT1M
                model:
                  name: acme/support-bot
                minimumVersion: "2.3.0"
                allowExpiredKeys: false
                ancestors: ancestors
                """).formatted(key.keyId().toUpperCase(java.util.Locale.ROOT))));
        assertThat(policy.trustedKeys()).singleElement().satisfies(k -> {
            assertThat(k.keyId()).isEqualTo(key.keyId());
            assertThat(k.label()).contains("release-2026");
            assertThat(k.validFrom()).contains(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(k.validUntil()).contains(Instant.parse("2027-01-01T00:00:00Z"));
        });
        assertThat(policy.revokedKeyIds()).containsExactly(key.keyId()); // normalised
        assertThat(policy.requiredFields().orElseThrow().name()).isEqualTo("complete");
        assertThat(policy.allowUnexpectedFiles()).isTrue();
        assertThat(policy.skipArtifactDigests()).isFalse();
        assertThat(policy.symlinkBoundary()).contains(dir.toAbsolutePath().resolve("../hub/models--acme--bot"));
        assertThat(policy.maxAge()).contains(Duration.ofDays(90));
        assertThat(policy.clockSkew()).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.minimumVersion()).contains("2.3.0");
        assertThat(policy.ancestorEnvelopes()).contains(dir.toAbsolutePath().resolve("ancestors"));
        assertThat(policy.toString()).contains("allowUnexpectedFiles").contains("followSymlinksWithin").doesNotContain(key.keyId());
    }

    @Test
    void rejectsBadPoliciesWithTheirPointer() throws Exception {
        assertInvalid("trustedKeys: []\n", PolicyException.Reason.INVALID, "/trustedKeys");
        assertInvalid("trustedKeys:\n  - publicKey: keys/release.pub\nthreshhold: 2\n", PolicyException.Reason.INVALID,
                "/threshhold");
        assertInvalid("trustedKeys:\n  - publicKey: keys/release.pub\nthreshold: 2\n", PolicyException.Reason.INVALID, "");
        assertInvalid("trustedKeys:\n  - publicKey: keys/missing.pub\n", PolicyException.Reason.KEY_UNREADABLE,
                "/trustedKeys/0/publicKey");
        assertInvalid("trustedKeys:\n  - publicKey: keys/release.pub\nmaxAge: 90 days\n", PolicyException.Reason.INVALID,
                "/maxAge");
        assertInvalid("trustedKeys:\n  - publicKey: keys/release.pub\nrequiredFields: most\n",
                PolicyException.Reason.INVALID, "/requiredFields");
        assertInvalid("trustedKeys:\n  - &k {publicKey: keys/release.pub}\n  - *k\n", PolicyException.Reason.MALFORMED,
                null);
        assertInvalid("trustedKeys:\n  - publicKey: keys/release.pub\nthreshold: 1\nthreshold: 1\n",
                PolicyException.Reason.MALFORMED, null);
    }

    @Test
    void valuesTheBuilderRefusesAreInvalidAtTheirPointer() throws Exception {
        String key = "trustedKeys:\n  - publicKey: keys/release.pub\n";
        assertInvalid(key + "maxAge: P0D\n", PolicyException.Reason.INVALID, "/maxAge");
        assertInvalid(key + "maxAge: -P1D\n", PolicyException.Reason.INVALID, "/maxAge");
        assertInvalid(key + "clockSkew: -PT5M\n", PolicyException.Reason.INVALID, "/clockSkew");
        assertInvalid(key + "  - publicKey: keys/release.pub\n", PolicyException.Reason.INVALID, "/trustedKeys/1");
        assertInvalid(key + "ancestors: \"anc\\0estors\"\n", PolicyException.Reason.INVALID, "/ancestors");
        assertInvalid("trustedKeys:\n  - publicKey: \"keys/\\0release.pub\"\n", PolicyException.Reason.INVALID,
                "/trustedKeys/0/publicKey");
    }

    @Test
    void anEmptyRequiredFieldsListIsAnErrorNotAQuietNone() throws Exception {
        Path file = policy("trustedKeys:\n  - publicKey: keys/release.pub\nrequiredFields: []\n");
        assertThatThrownBy(() -> PolicyFile.load(file)).isInstanceOfSatisfying(PolicyException.class, e -> {
            assertThat(e.reason()).isEqualTo(PolicyException.Reason.INVALID);
            assertThat(e.pointer()).contains("/requiredFields");
            assertThat(e.getMessage()).contains("write `none` to skip required fields");
        });
    }

    @Test
    void onlyTrueAndFalseSwitchABooleanSetting() throws Exception {
        String key = "trustedKeys:\n  - publicKey: keys/release.pub\n";
        for (String word : new String[] {"yes", "on", "no", "off", "Yes", "ON", "y", "True", "FALSE", "1", "\"true\""}) {
            assertInvalid(key + "artifacts:\n  skipDigests: " + word + "\n", PolicyException.Reason.INVALID,
                    "/artifacts/skipDigests");
            assertInvalid(key + "artifacts:\n  allowUnexpectedFiles: " + word + "\n", PolicyException.Reason.INVALID,
                    "/artifacts/allowUnexpectedFiles");
            assertInvalid(key + "allowExpiredKeys: " + word + "\n", PolicyException.Reason.INVALID, "/allowExpiredKeys");
        }
        assertThat(PolicyFile.load(policy(key + "artifacts:\n  skipDigests: true\n")).skipArtifactDigests()).isTrue();
        assertThat(PolicyFile.load(policy(key + "allowExpiredKeys: false\n")).allowExpiredKeys()).isFalse();
    }

    @Test
    void toStringListsEveryRelaxation() throws Exception {
        Policy policy = PolicyFile.load(policy("""
                trustedKeys:
                  - publicKey: keys/release.pub
                requiredFields: none
                artifacts:
                  allowUnexpectedFiles: true
                  skipDigests: true
                  followSymlinksWithin: cache
                allowExpiredKeys: true
                """));
        assertThat(policy.toString()).contains("allowUnexpectedFiles", "skipArtifactDigests", "allowExpiredKeys",
                "skipRequiredFields", "followSymlinksWithin");
        assertThat(PolicyFile.load(policy("trustedKeys:\n  - publicKey: keys/release.pub\n")).toString())
                .contains("relaxations=[]");
    }

    @Test
    void aDeviceAsPolicyFileIsRefusedQuickly() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> PolicyFile.load(zero)).isInstanceOfSatisfying(PolicyException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PolicyException.Reason.NOT_A_FILE);
                    assertThat(e.getMessage()).contains("/dev/zero").contains("regular file");
                }));
    }

    @Test
    void aDeviceAsKeyFileInAPolicyIsRefusedQuickly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path file = policy("trustedKeys:\n  - publicKey: /dev/zero\n");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> PolicyFile.load(file)).isInstanceOfSatisfying(PolicyException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PolicyException.Reason.KEY_UNREADABLE);
                    assertThat(e.getMessage()).contains("regular file");
                }));
    }

    @Test
    void aFifoAsPolicyFileIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("policy.fifo.yaml");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> PolicyFile.load(fifo)).isInstanceOfSatisfying(PolicyException.class,
                        e -> assertThat(e.reason()).isEqualTo(PolicyException.Reason.NOT_A_FILE)));
    }

    @Test
    void anOversizedPolicyIsRefused() throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.write(file, ("# " + "x".repeat(1 << 20) + "\n").getBytes());
        assertThatThrownBy(() -> PolicyFile.load(file)).isInstanceOfSatisfying(PolicyException.class,
                e -> assertThat(e.reason()).isEqualTo(PolicyException.Reason.TOO_LARGE));
    }

    private void assertInvalid(String yaml, PolicyException.Reason reason, String pointer) throws Exception {
        Path file = policy(yaml);
        assertThatThrownBy(() -> PolicyFile.load(file)).isInstanceOfSatisfying(PolicyException.class, e -> {
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
            if (pointer != null) {
                assertThat(e.pointer()).as(e.getMessage()).contains(pointer);
            }
            assertThat(e.getMessage()).contains("policy.yaml");
        });
    }
}
