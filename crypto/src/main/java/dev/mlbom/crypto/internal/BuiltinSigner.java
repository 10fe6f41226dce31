package dev.mlbom.crypto.internal;

import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.Signer;
import dev.mlbom.spi.SignatureResult;
import dev.mlbom.spi.SigningException;
import java.util.Objects;

/** A {@link Signer} over a built-in primitive and an in-memory key. Immutable and thread-safe. */
public final class BuiltinSigner implements Signer {

    private final String keyId;
    private final SignatureAlgorithm algorithm;
    private final SignPrimitive primitive;

    /**
     * Creates the signer.
     *
     * @param keyId the key id
     * @param algorithm the algorithm
     * @param primitive the primitive
     */
    public BuiltinSigner(String keyId, SignatureAlgorithm algorithm, SignPrimitive primitive) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.primitive = Objects.requireNonNull(primitive, "primitive");
    }

    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public SignatureResult sign(byte[] data) throws SigningException {
        Objects.requireNonNull(data, "data");
        try {
            return SignatureResult.of(primitive.sign(data));
        } catch (RuntimeException e) {
            throw new SigningException(SigningException.Reason.PROVIDER_FAILED,
                    algorithm.id() + " signing with key " + keyId + " failed", e);
        }
    }

    @Override
    public String toString() {
        return "Signer[" + algorithm.id() + ", " + keyId + "]";
    }
}
