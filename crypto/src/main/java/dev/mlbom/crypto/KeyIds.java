package dev.mlbom.crypto;

import dev.mlbom.internal.Hex;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Key ids: the lower-case hex SHA-256 of a public key's SubjectPublicKeyInfo (SPKI) DER encoding,
 * the convention of {@link dev.mlbom.spi.Signer#keyId()}. {@link PublicKeyHandle} computes it
 * over its canonical SPKI (named curve, uncompressed EC point), which is what {@code openssl pkey
 * -pubin -outform DER | sha256sum} gives for such keys. Stateless and thread-safe.
 */
public final class KeyIds {

    private KeyIds() {
    }

    /**
     * Computes the key id of an SPKI DER encoding, exactly as given.
     *
     * @param spkiDer the DER bytes of a SubjectPublicKeyInfo
     * @return 64 lower-case hex characters
     */
    public static String of(byte[] spkiDer) {
        try {
            return Hex.encode(MessageDigest.getInstance("SHA-256").digest(spkiDer));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
