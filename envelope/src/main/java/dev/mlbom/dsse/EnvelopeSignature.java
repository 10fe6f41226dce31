package dev.mlbom.dsse;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One signature of a DSSE envelope. Immutable and thread-safe (the bytes are copied in and out).
 *
 * @param keyid the unauthenticated key id hint; {@code ""} when absent. It only narrows which
 *     trusted keys are tried and is never a security decision.
 * @param sig the signature bytes (copied in and out)
 */
public record EnvelopeSignature(String keyid, byte[] sig) {

    /**
     * Checks and copies.
     *
     * @throws NullPointerException when a component is null
     * @throws IllegalArgumentException when the signature is empty
     */
    public EnvelopeSignature {
        Objects.requireNonNull(keyid, "keyid");
        sig = Objects.requireNonNull(sig, "sig").clone();
        if (sig.length == 0) {
            throw new IllegalArgumentException("a DSSE signature cannot be empty");
        }
    }

    /**
     * The signature bytes.
     *
     * @return a fresh copy
     */
    @Override
    public byte[] sig() {
        return sig.clone();
    }

    /**
     * The key id hint, if any.
     *
     * @return the key id, or empty when the envelope gave none
     */
    public Optional<String> keyIdHint() {
        return keyid.isEmpty() ? Optional.empty() : Optional.of(keyid);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnvelopeSignature other && keyid.equals(other.keyid) && Arrays.equals(sig, other.sig);
    }

    @Override
    public int hashCode() {
        return 31 * keyid.hashCode() + Arrays.hashCode(sig);
    }

    @Override
    public String toString() {
        return "EnvelopeSignature[keyid=" + keyid + ", sig=" + sig.length + " bytes]";
    }
}
