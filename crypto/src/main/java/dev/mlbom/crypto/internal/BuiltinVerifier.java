package dev.mlbom.crypto.internal;

import dev.mlbom.spi.InvalidSignatureException;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import java.util.Objects;

/** A {@link SignatureVerifier} over a built-in primitive. Immutable and thread-safe. */
public final class BuiltinVerifier implements SignatureVerifier {

    private final String keyId;
    private final SignatureAlgorithm algorithm;
    private final VerifyPrimitive primitive;
    private final byte[] spki;

    /**
     * Creates the verifier.
     *
     * @param keyId the key id
     * @param algorithm the algorithm
     * @param primitive the primitive
     */
    public BuiltinVerifier(String keyId, SignatureAlgorithm algorithm, VerifyPrimitive primitive, byte[] spki) {
        this.spki = spki.clone();
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.primitive = Objects.requireNonNull(primitive, "primitive");
    }

    @Override
    public java.util.Optional<byte[]> publicKeySpki() {
        return java.util.Optional.of(spki.clone());
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
    public void verify(byte[] signature, byte[] data) throws InvalidSignatureException {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(data, "data");
        primitive.verify(signature, data);
    }

    @Override
    public String toString() {
        return "Verifier[" + algorithm.id() + ", " + keyId + "]";
    }
}
