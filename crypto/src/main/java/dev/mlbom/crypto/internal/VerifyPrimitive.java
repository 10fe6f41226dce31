package dev.mlbom.crypto.internal;

import dev.mlbom.spi.InvalidSignatureException;

/** A low-level signature check over one public key with fixed parameters. Thread-safe. */
@FunctionalInterface
public interface VerifyPrimitive {

    /**
     * Verifies.
     *
     * @param signature the encoded signature
     * @param data the signed bytes
     * @throws InvalidSignatureException when malformed or not valid
     */
    void verify(byte[] signature, byte[] data) throws InvalidSignatureException;
}
