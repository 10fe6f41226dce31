package dev.mlbom.dsse;

import dev.mlbom.spi.InvalidSignatureException;
import dev.mlbom.spi.SignatureResult;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.spi.Signer;
import dev.mlbom.spi.SigningException;
import dev.mlbom.spi.VerificationMaterial;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Signs and verifies DSSE envelopes: every signature is over the
 * {@linkplain Pae pre-authentication encoding} of the payload type and payload.
 *
 * <pre>{@code
 * Envelope envelope = Dsse.sign("application/vnd.in-toto+json", payload, List.of(key.signer()));
 * DsseVerification result = Dsse.verify(envelope, List.of(trusted.verifier()));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Dsse {

    private Dsse() {
    }

    /**
     * Signs a payload with each signer in turn; each signature carries its signer's key hint, or
     * its key id when the signer gives no hint.
     *
     * @param payloadType the payload type
     * @param payload the serialized body
     * @param signers at least one signer
     * @return the envelope with one signature per signer, in order
     * @throws SigningException when a signer fails (no envelope is returned then)
     */
    public static Envelope sign(String payloadType, byte[] payload, List<? extends Signer> signers)
            throws SigningException {
        return signDetailed(payloadType, payload, signers).envelope();
    }

    /**
     * Signs like {@link #sign}, and keeps what each signer returned besides the signature (its
     * certificate chain), for formats that carry it next to the envelope (OpenSSF Model Signing
     * and Sigstore bundles).
     *
     * @param payloadType the payload type
     * @param payload the serialized body
     * @param signers at least one signer
     * @return the envelope and one signer result per signature, in order
     * @throws SigningException when a signer fails (nothing is returned then)
     */
    public static SignedEnvelope signDetailed(String payloadType, byte[] payload, List<? extends Signer> signers)
            throws SigningException {
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(payload, "payload");
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("at least one signer is needed");
        }
        byte[] pae = Pae.encode(payloadType, payload);
        List<EnvelopeSignature> signatures = new ArrayList<>();
        List<SignatureResult> results = new ArrayList<>();
        for (Signer signer : signers) {
            SignatureResult result = signer.sign(pae.clone());
            if (result == null) {
                throw new SigningException(SigningException.Reason.PROVIDER_FAILED,
                        "signer " + signer.keyId() + " returned no signature");
            }
            signatures.add(new EnvelopeSignature(result.keyHint().orElse(signer.keyId()), result.signature()));
            results.add(result);
        }
        return new SignedEnvelope(new Envelope(payloadType, payload, signatures), results);
    }

    /**
     * Verifies an envelope's signatures against trusted verifiers. A signature with a key id hint
     * is checked only by the verifiers with that key id; a signature without a hint is checked by
     * every verifier until one accepts it. The hint never makes a signature valid; it only picks
     * which keys are tried.
     *
     * @param envelope the envelope
     * @param verifiers the trusted keys' verifiers
     * @return which keys verified, which hints were unknown, which signatures were rejected
     */
    public static DsseVerification verify(Envelope envelope, List<? extends SignatureVerifier> verifiers) {
        return verify(envelope, verifiers, VerificationMaterial.NONE);
    }

    /**
     * Verifies like {@link #verify(Envelope, List)}, handing each verifier the material that came
     * with the envelope (a certificate chain), with each signature's key id as the key hint.
     *
     * @param envelope the envelope
     * @param verifiers the trusted keys' verifiers
     * @param material what came with the envelope; unauthenticated until a verifier checks it
     * @return which keys verified, which hints were unknown, which signatures were rejected
     */
    public static DsseVerification verify(Envelope envelope, List<? extends SignatureVerifier> verifiers,
            VerificationMaterial material) {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(material, "material");
        List<SignatureVerifier> trusted = List.copyOf(verifiers);
        byte[] pae = envelope.pae();
        Set<String> verified = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<DsseVerification.Rejected> rejected = new ArrayList<>();
        List<EnvelopeSignature> signatures = envelope.signatures();
        for (int i = 0; i < signatures.size(); i++) {
            EnvelopeSignature signature = signatures.get(i);
            List<SignatureVerifier> candidates = signature.keyid().isEmpty() ? trusted
                    : trusted.stream().filter(v -> v.matchesKeyHint(signature.keyid())).toList();
            if (candidates.isEmpty()) {
                if (!signature.keyid().isEmpty()) {
                    unknown.add(signature.keyid());
                }
                continue;
            }
            InvalidSignatureException last = null;
            boolean ok = false;
            byte[] sig = signature.sig();
            for (SignatureVerifier verifier : candidates) {
                try {
                    verifier.verify(sig, pae, material.withKeyHint(signature.keyid().isEmpty()
                            ? java.util.Optional.empty() : java.util.Optional.of(signature.keyid())));
                    verified.add(verifier.keyId());
                    ok = true;
                    break;
                } catch (InvalidSignatureException e) {
                    last = e;
                }
            }
            if (!ok) {
                rejected.add(new DsseVerification.Rejected(i, signature.keyid(), last.reason(), last.getMessage()));
            }
        }
        return new DsseVerification(verified, unknown, rejected);
    }
}
