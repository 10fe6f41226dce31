package dev.mlbom.crypto.internal;

import java.security.Provider;
import java.security.SecureRandom;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle JCA provider instance that mlbom passes explicitly where it needs JCA (PKCS#8
 * encryption). It is never registered with {@link java.security.Security}. Thread-safe.
 */
public final class Bc {

    private static final Provider PROVIDER = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Bc() {
    }

    /**
     * The unregistered BouncyCastle provider.
     *
     * @return the shared instance
     */
    public static Provider provider() {
        return PROVIDER;
    }

    /**
     * A shared strong random source (SecureRandom is thread-safe).
     *
     * @return the random source
     */
    public static SecureRandom random() {
        return RANDOM;
    }
}
