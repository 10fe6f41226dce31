package dev.mlbom.crypto.internal;

/** A low-level signing operation over one private key with fixed parameters. Thread-safe. */
@FunctionalInterface
public interface SignPrimitive {

    /**
     * Signs.
     *
     * @param data the bytes to sign
     * @return the encoded signature
     */
    byte[] sign(byte[] data);
}
