package dev.mlbom.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlbom.crypto.KeyIds;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.crypto.PublicKeyHandle;
import dev.mlbom.spi.InvalidSignatureException;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.spi.Signer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every {@link Signer} must keep, as a test a vendor runs against its own signer.
 *
 * <p>Depend on {@code dev.mlbom:mlbom-tck} in test scope, extend it in a class named {@code *Test}, and provide the signer and a verifier for its
 * public key:
 *
 * <pre>{@code
 * class AcmeKmsSignerTest extends SignerContractTest {
 *     protected Signer createSigner() throws Exception { return AcmeKms.signer("projects/p/keys/k"); }
 *     protected SignatureVerifier verifierFor(Signer signer) throws Exception {
 *         return publicKeyOf(signer).verifier();
 *     }
 *     protected Optional<byte[]> publicKeySpki(Signer signer) { return Optional.of(AcmeKms.publicKeyDer(...)); }
 * }
 * }</pre>
 *
 * <p>The signer is created once per test class ({@link #createSigner()} may be expensive, e.g. a
 * token login). Checked: sign then verify holds; a one-bit change to the data or the signature
 * fails; another key of the same algorithm fails; empty and large data sign; the signature has the
 * algorithm's envelope encoding; the algorithm and key id are stable and match the verifier's;
 * the key id is the hex SHA-256 of the SPKI when {@link #publicKeySpki(Signer)} gives the public
 * key; and many threads signing at once all produce valid signatures.
 *
 * <p>The test class itself is not meant for concurrent use; its thread-safety check drives the
 * signer from its own thread pool.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SignerContractTest {

    /** Fixed signature lengths: Ed25519 and ML-DSA (FIPS 204). */
    private static final Map<SignatureAlgorithm, Integer> EXACT_LENGTHS = Map.of(
            SignatureAlgorithm.ED25519, 64,
            SignatureAlgorithm.ML_DSA_44, 2420,
            SignatureAlgorithm.ML_DSA_65, 3309,
            SignatureAlgorithm.ML_DSA_87, 4627);

    /** The longest DER ECDSA signature per curve. */
    private static final Map<SignatureAlgorithm, Integer> MAX_ECDSA_DER_LENGTHS = Map.of(
            SignatureAlgorithm.ECDSA_P256_SHA256, 72,
            SignatureAlgorithm.ECDSA_P384_SHA384, 104,
            SignatureAlgorithm.ECDSA_P521_SHA512, 139);

    private Signer signer;
    private SignatureVerifier verifier;

    /**
     * Creates the signer under test. Called once per test class.
     *
     * @return the signer
     * @throws Exception when it cannot be created (the tests then fail)
     */
    protected abstract Signer createSigner() throws Exception;

    /**
     * A verifier for the signer's public key (for example mlbom's built-in
     * {@code PublicKeyHandle.fromSpki(spki).verifier()}).
     *
     * @param signer the signer under test
     * @return its verifier
     * @throws Exception when it cannot be created
     */
    protected abstract SignatureVerifier verifierFor(Signer signer) throws Exception;

    /**
     * The signer's public key as SPKI DER, when the vendor can give it. Enables the key id
     * convention check. Default: empty (that check is skipped).
     *
     * @param signer the signer under test
     * @return the SPKI DER, or empty
     * @throws Exception when it cannot be obtained
     */
    protected Optional<byte[]> publicKeySpki(Signer signer) throws Exception {
        return Optional.empty();
    }

    /**
     * A verifier for another key of the same algorithm, which must reject the signer's
     * signatures. Default: a freshly generated built-in key.
     *
     * @param algorithm the signer's algorithm
     * @return the verifier
     * @throws Exception when it cannot be created
     */
    protected SignatureVerifier otherKeyVerifier(SignatureAlgorithm algorithm) throws Exception {
        return KeyPairHandle.generate(algorithm).publicKey().verifier();
    }

    /**
     * How many threads sign at once in the thread-safety check. Default 8.
     *
     * @return the thread count
     */
    protected int threads() {
        return 8;
    }

    /**
     * How many signatures each thread makes in the thread-safety check. Default 8.
     *
     * @return the count per thread
     */
    protected int signaturesPerThread() {
        return 8;
    }

    /**
     * The size of the large message. Default 4 MiB.
     *
     * @return bytes
     */
    protected int largeDataSize() {
        return 4 << 20;
    }

    /**
     * Creates the signer and its verifier once.
     *
     * @throws Exception when creation fails
     */
    @BeforeAll
    final void createSignerOnce() throws Exception {
        signer = createSigner();
        assertThat(signer).as("createSigner()").isNotNull();
        verifier = verifierFor(signer);
        assertThat(verifier).as("verifierFor(signer)").isNotNull();
    }

    /** Releases the references. */
    @AfterAll
    final void release() {
        signer = null;
        verifier = null;
    }

    /**
     * The signer under test.
     *
     * @return the signer created by {@link #createSigner()}
     */
    protected final Signer signer() {
        return signer;
    }

    private static byte[] data(int size, long seed) {
        byte[] out = new byte[size];
        new Random(seed).nextBytes(out);
        return out;
    }

    @Test
    void signThenVerifyHolds() throws Exception {
        byte[] data = "mlbom signer contract".getBytes(StandardCharsets.UTF_8);
        byte[] sig = signer.sign(data).signature();
        assertThat(sig).isNotEmpty();
        assertThatCode(() -> verifier.verify(sig, data)).doesNotThrowAnyException();
    }

    @Test
    void signingLeavesTheInputUnchanged() throws Exception {
        byte[] data = data(100, 1);
        byte[] copy = data.clone();
        signer.sign(data).signature();
        assertThat(data).isEqualTo(copy);
    }

    @Test
    void aOneBitChangeToTheDataFails() throws Exception {
        byte[] data = data(257, 2);
        byte[] sig = signer.sign(data).signature();
        for (int bit : new int[] {0, 7, 1000, 257 * 8 - 1}) {
            byte[] changed = data.clone();
            changed[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThatThrownBy(() -> verifier.verify(sig, changed)).as("bit " + bit)
                    .isInstanceOf(InvalidSignatureException.class);
        }
        byte[] longer = java.util.Arrays.copyOf(data, data.length + 1);
        assertThatThrownBy(() -> verifier.verify(sig, longer)).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void aOneBitChangeToTheSignatureFails() throws Exception {
        byte[] data = data(64, 3);
        byte[] sig = signer.sign(data).signature();
        for (int at : new int[] {0, sig.length / 2, sig.length - 1}) {
            byte[] changed = sig.clone();
            changed[at] ^= 0x01;
            assertThatThrownBy(() -> verifier.verify(changed, data)).as("byte " + at)
                    .isInstanceOf(InvalidSignatureException.class);
        }
    }

    @Test
    void anotherKeyOfTheSameAlgorithmFails() throws Exception {
        byte[] data = data(64, 4);
        byte[] sig = signer.sign(data).signature();
        SignatureVerifier other = otherKeyVerifier(signer.algorithm());
        assertThat(other.keyId()).isNotEqualTo(signer.keyId());
        assertThatThrownBy(() -> other.verify(sig, data)).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void emptyDataSigns() throws Exception {
        byte[] sig = signer.sign(new byte[0]).signature();
        assertThatCode(() -> verifier.verify(sig, new byte[0])).doesNotThrowAnyException();
        assertThatThrownBy(() -> verifier.verify(sig, new byte[1])).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void largeDataSigns() throws Exception {
        byte[] data = data(largeDataSize(), 5);
        byte[] sig = signer.sign(data).signature();
        assertThatCode(() -> verifier.verify(sig, data)).doesNotThrowAnyException();
        data[data.length - 1] ^= 1;
        assertThatThrownBy(() -> verifier.verify(sig, data)).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void algorithmAndKeyIdAreStableAndMatchTheVerifier() throws Exception {
        assertThat(signer.algorithm()).isNotNull().isEqualTo(signer.algorithm());
        assertThat(signer.keyId()).isNotBlank().isEqualTo(signer.keyId());
        assertThat(verifier.algorithm()).isEqualTo(signer.algorithm());
        assertThat(verifier.keyId()).isEqualTo(signer.keyId());
    }

    @Test
    void signaturesUseTheAlgorithmsEnvelopeEncoding() throws Exception {
        byte[] sig = signer.sign(data(32, 6)).signature();
        SignatureAlgorithm algorithm = signer.algorithm();
        Integer exactLength = EXACT_LENGTHS.get(algorithm);
        Integer maxDerLength = MAX_ECDSA_DER_LENGTHS.get(algorithm);
        if (exactLength != null) {
            assertThat(sig).hasSize(exactLength);
        } else if (maxDerLength != null) {
            assertThat(sig[0]).as("DER SEQUENCE tag").isEqualTo((byte) 0x30);
            assertThat(sig.length).isBetween(8, maxDerLength);
        } else if (algorithm.equals(SignatureAlgorithm.RSA_PSS_SHA256)) {
            assertThat(sig.length).isGreaterThanOrEqualTo(384);
        } else {
            // a vendor algorithm: its encoding is the vendor's to define
            assertThat(sig).isNotEmpty();
        }
    }

    @Test
    void keyIdIsTheSha256OfTheSpki() throws Exception {
        Optional<byte[]> spki = publicKeySpki(signer);
        assumeTrue(spki.isPresent(), "the vendor gives no public key; key id convention not checked");
        assertThat(signer.keyId()).isEqualTo(KeyIds.of(spki.get()));
        PublicKeyHandle key = PublicKeyHandle.fromSpki(spki.get());
        assertThat(key.keyId()).isEqualTo(signer.keyId());
        assertThat(key.algorithm()).isEqualTo(signer.algorithm());
        byte[] data = data(48, 7);
        assertThatCode(() -> key.verifier().verify(signer.sign(data).signature(), data)).doesNotThrowAnyException();
    }

    @Test
    void manyThreadsCanSignAtOnce() throws Exception {
        int threads = threads();
        int each = signaturesPerThread();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<byte[][]>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<byte[][]>> task = () -> {
                    start.await();
                    List<byte[][]> out = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        byte[] data = data(100 + i, thread * 1000L + i);
                        out.add(new byte[][] {data, signer.sign(data).signature()});
                    }
                    return out;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            int verified = 0;
            for (Future<List<byte[][]>> future : futures) {
                for (byte[][] pair : future.get(5, TimeUnit.MINUTES)) {
                    verifier.verify(pair[1], pair[0]);
                    verified++;
                }
            }
            assertThat(verified).isEqualTo(threads * each);
        } finally {
            pool.shutdownNow();
        }
    }
}
