package dev.mlbom.spi;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What arrived with a signature besides its bytes, for a {@link SignatureVerifier} whose trust is
 * more than a bare public key: the key hint the envelope carried and the certificate chain that
 * came with the signature (from an OpenSSF Model Signing or Sigstore bundle, or given by the
 * caller). A verifier built from a trusted root validates the chain and then checks the
 * signature with the leaf's key; a verifier built from a public key ignores the chain. Nothing
 * here is trusted by itself: it is unauthenticated input until a verifier has checked it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param keyHint the envelope's {@code keyid}, or empty
 * @param certificateChain the presented chain, leaf first; empty when none came
 */
public record VerificationMaterial(Optional<String> keyHint, List<X509Certificate> certificateChain) {

    /** No material beyond the signature. */
    public static final VerificationMaterial NONE = new VerificationMaterial(Optional.empty(), List.of());

    /**
     * Copies the chain.
     *
     * @throws NullPointerException when a member is null
     */
    public VerificationMaterial {
        Objects.requireNonNull(keyHint, "keyHint");
        certificateChain = List.copyOf(certificateChain);
    }

    /**
     * Material with a certificate chain only.
     *
     * @param chain the chain, leaf first
     * @return the material
     */
    public static VerificationMaterial ofChain(List<X509Certificate> chain) {
        return new VerificationMaterial(Optional.empty(), chain);
    }

    /**
     * The same material with another key hint.
     *
     * @param hint the hint, or empty
     * @return new material
     */
    public VerificationMaterial withKeyHint(Optional<String> hint) {
        return new VerificationMaterial(hint, certificateChain);
    }
}
