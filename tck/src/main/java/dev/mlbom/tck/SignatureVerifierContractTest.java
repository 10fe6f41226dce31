package dev.mlbom.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.spi.InvalidSignatureException;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.spi.Signer;
import dev.mlbom.spi.VerificationMaterial;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every {@link SignatureVerifier} must keep, as a test a vendor runs against its own
 * verifier (an HSM-backed or remote verifier, a verifier for an algorithm mlbom does not build
 * in). The gate's safety rests on it: a verifier that returns normally for a signature it did not
 * check would let any envelope through.
 *
 * <pre>{@code
 * class AcmeVerifierContractTest extends SignatureVerifierContractTest {
 *     protected Signer signer() throws Exception { return AcmeKms.signer("projects/p/keys/k"); }
 *     protected SignatureVerifier verifier() throws Exception { return AcmeKms.verifier("projects/p/keys/k"); }
 * }
 * }</pre>
 *
 * <p>Checked: a genuine signature verifies, also with empty and large data and with
 * {@link VerificationMaterial}; a one-bit change to the data or to any of several signature
 * positions, a truncated, extended, empty or all-zero signature, and arbitrary bytes are refused
 * with {@link InvalidSignatureException} (never another exception, never a silent pass); the
 * verifier's algorithm equals the signer's and stays the same; its key id is stable and matches
 * its own key hint; and many threads verifying at once get the right answers.
 *
 * <p>The test class itself is not meant for concurrent use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SignatureVerifierContractTest {

    private Signer signer;
    private SignatureVerifier verifier;
    private byte[] data;
    private byte[] signature;

    /**
     * A signer whose signatures the verifier under test must accept (e.g. the matching private key).
     *
     * @return the signer
     * @throws Exception when it cannot be created
     */
    protected abstract Signer signer() throws Exception;

    /**
     * The verifier under test. Called once per test class.
     *
     * @return the verifier
     * @throws Exception when it cannot be created
     */
    protected abstract SignatureVerifier verifier() throws Exception;

    /**
     * The material a real signature would come with (e.g. a certificate chain). Default: none.
     *
     * @return the material
     * @throws Exception when it cannot be made
     */
    protected VerificationMaterial material() throws Exception {
        return VerificationMaterial.NONE;
    }

    @BeforeAll
    final void setUp() throws Exception {
        signer = signer();
        verifier = verifier();
        data = bytes(1000, 1);
        signature = sign(data);
    }

    private byte[] sign(byte[] message) throws Exception {
        return signer.sign(message).signature();
    }

    private void verify(byte[] sig, byte[] message) throws Exception {
        verifier.verify(sig, message, material());
    }

    private void assertRefused(byte[] sig, byte[] message) {
        assertThatThrownBy(() -> verify(sig, message)).as("a verifier must refuse with InvalidSignatureException")
                .isInstanceOf(InvalidSignatureException.class);
    }

    private static byte[] bytes(int length, long seed) {
        byte[] out = new byte[length];
        new Random(seed).nextBytes(out);
        return out;
    }

    @Test
    void aGenuineSignatureVerifies() {
        assertThatCode(() -> verify(signature, data)).doesNotThrowAnyException();
    }

    @Test
    void emptyAndLargeDataVerify() throws Exception {
        byte[] empty = new byte[0];
        assertThatCode(() -> verify(sign(empty), empty)).doesNotThrowAnyException();
        byte[] large = bytes(4 << 20, 2);
        assertThatCode(() -> verify(sign(large), large)).doesNotThrowAnyException();
    }

    @Test
    void oneBitChangedInTheDataIsRefused() {
        for (int position : new int[] {0, data.length / 2, data.length - 1}) {
            byte[] changed = data.clone();
            changed[position] ^= 0x01;
            assertRefused(signature, changed);
        }
    }

    @Test
    void oneBitChangedInTheSignatureIsRefused() {
        for (int position : new int[] {0, 1, signature.length / 2, signature.length - 1}) {
            byte[] changed = signature.clone();
            changed[position] ^= 0x01;
            assertRefused(changed, data);
        }
    }

    @Test
    void malformedSignaturesAreRefusedWithTheCheckedException() {
        assertRefused(new byte[0], data);
        assertRefused(java.util.Arrays.copyOf(signature, signature.length - 1), data);
        assertRefused(java.util.Arrays.copyOf(signature, signature.length + 1), data);
        assertRefused(new byte[signature.length], data);
        Random random = new Random(3);
        for (int i = 0; i < 50; i++) {
            byte[] garbage = new byte[1 + random.nextInt(2 * signature.length)];
            random.nextBytes(garbage);
            assertRefused(garbage, data);
        }
    }

    @Test
    void theAlgorithmIsTheSignersAndStable() {
        SignatureAlgorithm algorithm = verifier.algorithm();
        assertThat(algorithm).isNotNull().isEqualTo(signer.algorithm());
        assertThat(verifier.algorithm()).isEqualTo(algorithm);
    }

    @Test
    void theKeyIdIsStableAndMatchesItself() {
        String keyId = verifier.keyId();
        assertThat(keyId).isNotBlank();
        assertThat(verifier.keyId()).isEqualTo(keyId);
        assertThat(verifier.matchesKeyHint(keyId)).isTrue();
    }

    @Test
    void verifyingIsThreadSafe() throws Exception {
        List<byte[][]> cases = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            byte[] message = bytes(64, 10 + i);
            byte[] sig = sign(message);
            if (i % 2 == 1) {
                sig = sig.clone();
                sig[sig.length / 2] ^= 0x10;
            }
            cases.add(new byte[][] {message, sig});
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (byte[][] c : cases) {
                    Callable<Boolean> task = () -> {
                        try {
                            verify(c[1], c[0]);
                            return true;
                        } catch (InvalidSignatureException e) {
                            return false;
                        }
                    };
                    answers.add(pool.submit(task));
                }
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get(60, TimeUnit.SECONDS)).as("case " + (i % cases.size()))
                        .isEqualTo(i % 2 == 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The data used by these checks, in case a subclass adds its own.
     *
     * @return a copy of the 1000 bytes signed in set-up
     */
    protected final byte[] contractData() {
        return data.clone();
    }

    /**
     * A UTF-8 helper for subclasses.
     *
     * @param text text
     * @return its bytes
     */
    protected static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
