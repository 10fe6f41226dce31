package dev.mlbom.crypto.internal;

import dev.mlbom.spi.SignatureAlgorithm;
import java.util.Objects;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/**
 * A decoded, policy-checked public key: its algorithm, BouncyCastle parameters and canonical SPKI
 * DER. Internal; the array is not copied. Immutable by convention.
 *
 * @param algorithm the algorithm the key fixes
 * @param key the BouncyCastle public key parameters
 * @param spki the canonical DER SubjectPublicKeyInfo
 */
public record PublicKeyParts(SignatureAlgorithm algorithm, AsymmetricKeyParameter key, byte[] spki) {

    /** Checks for nulls. */
    public PublicKeyParts {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(spki, "spki");
    }
}
