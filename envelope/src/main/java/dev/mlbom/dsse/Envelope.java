package dev.mlbom.dsse;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A DSSE v1 envelope: a typed payload and one or more signatures over its
 * {@linkplain Pae pre-authentication encoding}. Reading and writing the JSON form is
 * {@link EnvelopeJson}'s job; signing and verifying is {@link Dsse}'s.
 *
 * <p>Immutable and thread-safe (the payload is copied in and out).
 *
 * @param payloadType the payload type, e.g. {@code application/vnd.in-toto+json}; not empty
 * @param payload the serialized body
 * @param signatures at least one signature
 */
public record Envelope(String payloadType, byte[] payload, List<EnvelopeSignature> signatures) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException when the payload type is empty or there is no signature
     */
    public Envelope {
        Objects.requireNonNull(payloadType, "payloadType");
        if (payloadType.isEmpty()) {
            throw new IllegalArgumentException("a DSSE payloadType cannot be empty");
        }
        payload = Objects.requireNonNull(payload, "payload").clone();
        signatures = List.copyOf(signatures);
        if (signatures.isEmpty()) {
            throw new IllegalArgumentException("a DSSE envelope needs at least one signature");
        }
    }

    /**
     * The serialized body.
     *
     * @return a fresh copy
     */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * The bytes the signatures are over.
     *
     * @return {@code Pae.encode(payloadType, payload)}
     */
    public byte[] pae() {
        return Pae.encode(payloadType, payload);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope other && payloadType.equals(other.payloadType)
                && Arrays.equals(payload, other.payload) && signatures.equals(other.signatures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(payloadType, Arrays.hashCode(payload), signatures);
    }

    @Override
    public String toString() {
        return "Envelope[payloadType=" + payloadType + ", payload=" + payload.length + " bytes, signatures="
                + signatures + "]";
    }
}
