package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.testkeys.TestCertificates;
import dev.mlbom.testkeys.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz target of the policy file reader (docs/fuzzing.md). The input is written to a policy file
 * ({@code policy.json} when it starts with <code>{</code>, else {@code policy.yaml}) beside a
 * trusted public key ({@code keys/release.pub}) and a certificate chain ({@code keys/chain.pem}),
 * so that valid policies exist. It is either refused with a {@link PolicyException} that carries a
 * reason, or loaded as a policy that trusts at least one key, each findable by its id, with a
 * threshold of at least one. Any other exception or error is a finding. Without
 * {@code JAZZER_FUZZ} it runs the committed inputs in {@code PolicyFileFuzzTestInputs/load/} as a
 * regression test.
 */
class PolicyFileFuzzTest {

    private static final Path DIR = directory();

    private static Path directory() {
        try {
            Path dir = Files.createTempDirectory("mlbom-policy-fuzz");
            Path keys = Files.createDirectories(dir.resolve("keys"));
            KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ECDSA_P256_SHA256);
            KeyFiles.writePublicKey(keys.resolve("release.pub"), key.publicKey());
            KeyFiles.writeCertificates(keys.resolve("chain.pem"),
                    List.of(TestCertificates.chain(key.publicKey().spki(), "mlbom fuzz")));
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest
    void load(byte[] input) throws IOException {
        Path file = DIR.resolve(startsWithBrace(input) ? "policy.json" : "policy.yaml");
        Files.write(file, input);
        Policy policy;
        try {
            policy = PolicyFile.load(file);
        } catch (PolicyException e) {
            assertThat(e.reason()).as("reason of %s", e.getMessage()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
            return;
        } finally {
            Files.delete(file);
        }
        assertThat(policy.trustedKeys()).isNotEmpty();
        assertThat(policy.threshold()).isPositive();
        for (TrustedKey key : policy.trustedKeys()) {
            assertThat(policy.trustedKey(key.keyId())).isPresent();
        }
    }

    private static boolean startsWithBrace(byte[] input) {
        return input.length > 0 && input[0] == '{';
    }
}
