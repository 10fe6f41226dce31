package dev.mlbom.testkeys;

import dev.mlbom.crypto.KeyException;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.spi.SignatureAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Test keys, one per algorithm, made once per JVM. The RSA key comes from a test resource
 * because RSA-3072 generation takes seconds. Test-only; thread-safe.
 */
public final class TestKeys {

    private static final Map<SignatureAlgorithm, KeyPairHandle> KEYS = new HashMap<>();

    private TestKeys() {
    }

    /**
     * The test key of an algorithm.
     *
     * @param algorithm the algorithm
     * @return the same key on every call
     */
    public static synchronized KeyPairHandle get(SignatureAlgorithm algorithm) {
        return KEYS.computeIfAbsent(algorithm, a -> a.equals(SignatureAlgorithm.RSA_PSS_SHA256) ? rsa() : KeyPairHandle.generate(a));
    }

    private static KeyPairHandle rsa() {
        try (InputStream in = TestKeys.class.getResourceAsStream("/keys/rsa3072-test-only.pem")) {
            return KeyPairHandle.fromPem(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException | KeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
