package dev.mlbom.crypto;

import dev.mlbom.spi.InvalidSignatureException;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.spi.VerificationMaterial;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies signatures whose trust is a root certificate rather than one public key: the
 * signature must come with a certificate chain (leaf first) that validates to one of the
 * configured roots (PKIX, at the validation time, revocation not checked), whose leaf may sign
 * (key usage {@code digitalSignature} when the extension is present, and the required extended
 * key usage when one is set), and whose leaf key is of the configured algorithm; then the
 * signature is checked with the leaf's key. The key fixes the algorithm here too: a leaf key of
 * another algorithm is refused, never adopted.
 *
 * <pre>{@code
 * SignatureVerifier byCa = CertificateChainVerifier.builder()
 *     .trustRoot(caCertificate)
 *     .algorithm(SignatureAlgorithm.ECDSA_P256_SHA256)
 *     .build();
 * Policy policy = Policy.builder().trust(byCa).build();
 * verifier.verify(model, EnvelopeSource.file(envelope).withMaterial(VerificationMaterial.ofChain(chain)));
 * }</pre>
 *
 * <p>Its {@link #keyId()} is {@code x509:} followed by the hex SHA-256 of the first root's SPKI;
 * it is tried for a signature whatever key hint the signature names. Immutable and thread-safe.
 */
public final class CertificateChainVerifier implements SignatureVerifier {

    /** The extended key usage for code signing, {@code 1.3.6.1.5.5.7.3.3}. */
    public static final String CODE_SIGNING = "1.3.6.1.5.5.7.3.3";

    private static final int DIGITAL_SIGNATURE = 0;

    private final Set<TrustAnchor> anchors;
    private final List<X509Certificate> roots;
    private final SignatureAlgorithm algorithm;
    private final Clock clock;
    private final Optional<String> requiredExtendedKeyUsage;
    private final String keyId;

    private CertificateChainVerifier(Builder builder) {
        this.roots = List.copyOf(builder.roots);
        Set<TrustAnchor> set = new HashSet<>();
        roots.forEach(root -> set.add(new TrustAnchor(root, null)));
        this.anchors = Set.copyOf(set);
        this.algorithm = builder.algorithm;
        this.clock = builder.clock;
        this.requiredExtendedKeyUsage = builder.requiredExtendedKeyUsage;
        this.keyId = "x509:" + KeyIds.of(roots.get(0).getPublicKey().getEncoded());
    }

    /**
     * Starts a verifier. At least one root and the algorithm are required; the validation time
     * is the system clock's now unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * The trusted roots.
     *
     * @return the roots, in the order given
     */
    public List<X509Certificate> roots() {
        return roots;
    }

    /**
     * Always refuses: a root of trust needs the chain that came with the signature.
     *
     * @throws InvalidSignatureException always, {@code CERTIFICATE_UNTRUSTED}
     */
    @Override
    public void verify(byte[] signature, byte[] data) throws InvalidSignatureException {
        verify(signature, data, VerificationMaterial.NONE);
    }

    @Override
    public void verify(byte[] signature, byte[] data, VerificationMaterial material) throws InvalidSignatureException {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(material, "material");
        List<X509Certificate> chain = material.certificateChain();
        if (chain.isEmpty()) {
            throw untrusted("no certificate chain came with the signature; a key trusted through a root"
                    + " certificate needs the signer's chain (e.g. from its bundle)");
        }
        X509Certificate leaf = chain.get(0);
        validate(chain);
        checkUsage(leaf);
        SignatureVerifier leafKey;
        try {
            leafKey = PublicKeyHandle.fromCertificate(leaf).verifier(algorithm);
        } catch (KeyException e) {
            throw new InvalidSignatureException(InvalidSignatureException.Reason.ALGORITHM_MISMATCH,
                    "the leaf certificate '" + leaf.getSubjectX500Principal().getName() + "' holds a key this"
                            + " verifier does not accept (" + e.reasonCode() + "): it trusts " + algorithm.id()
                            + " keys only");
        }
        leafKey.verify(signature, data);
    }

    @Override
    public boolean matchesKeyHint(String keyHint) {
        return true;
    }

    private void validate(List<X509Certificate> chain) throws InvalidSignatureException {
        List<X509Certificate> path = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            if (!roots.contains(certificate)) {
                path.add(certificate);
            }
        }
        if (path.isEmpty()) {
            throw untrusted("the chain holds only a trusted root; a root does not sign models, its leaf does");
        }
        Instant at = clock.instant();
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
        } catch (GeneralSecurityException e) {
            throw untrusted("the certificate chain of '" + chain.get(0).getSubjectX500Principal().getName()
                    + "' does not validate to a trusted root at " + at + ": " + e.getMessage()
                    + "; sign with a certificate issued under a root this policy trusts, within its validity");
        }
    }

    private void checkUsage(X509Certificate leaf) throws InvalidSignatureException {
        boolean[] keyUsage = leaf.getKeyUsage();
        if (keyUsage != null && (keyUsage.length <= DIGITAL_SIGNATURE || !keyUsage[DIGITAL_SIGNATURE])) {
            throw untrusted("the leaf certificate '" + leaf.getSubjectX500Principal().getName()
                    + "' does not allow digital signatures (key usage)");
        }
        if (requiredExtendedKeyUsage.isPresent()) {
            List<String> usages;
            try {
                usages = leaf.getExtendedKeyUsage();
            } catch (java.security.cert.CertificateParsingException e) {
                throw untrusted("the leaf certificate's extended key usage cannot be read: " + e.getMessage());
            }
            if (usages == null || !usages.contains(requiredExtendedKeyUsage.get())) {
                throw untrusted("the leaf certificate '" + leaf.getSubjectX500Principal().getName()
                        + "' lacks the extended key usage " + requiredExtendedKeyUsage.get() + " this verifier requires");
            }
        }
    }

    private static InvalidSignatureException untrusted(String message) {
        return new InvalidSignatureException(InvalidSignatureException.Reason.CERTIFICATE_UNTRUSTED, message);
    }

    @Override
    public String toString() {
        return "CertificateChainVerifier[" + algorithm.id() + ", " + roots.size() + " root(s), " + keyId + "]";
    }

    /** Builds a {@link CertificateChainVerifier}. Not thread-safe. */
    public static final class Builder {
        private final List<X509Certificate> roots = new ArrayList<>();
        private SignatureAlgorithm algorithm;
        private Clock clock = Clock.systemUTC();
        private Optional<String> requiredExtendedKeyUsage = Optional.empty();

        private Builder() {
        }

        /**
         * Trusts a root certificate (self-signed or not; it is a trust anchor either way).
         *
         * @param root the root
         * @return this builder
         */
        public Builder trustRoot(X509Certificate root) {
            roots.add(Objects.requireNonNull(root, "root"));
            return this;
        }

        /**
         * Fixes the algorithm leaf keys must have (required).
         *
         * @param algorithm the algorithm
         * @return this builder
         */
        public Builder algorithm(SignatureAlgorithm algorithm) {
            this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
            return this;
        }

        /**
         * Sets the clock whose now is the validation time (default the system UTC clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Requires an extended key usage in the leaf, e.g. {@link #CODE_SIGNING}.
         *
         * @param oid the usage's object identifier
         * @return this builder
         */
        public Builder requireExtendedKeyUsage(String oid) {
            this.requiredExtendedKeyUsage = Optional.of(Objects.requireNonNull(oid, "oid"));
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return the immutable verifier
         * @throws IllegalStateException when no root or no algorithm was given
         */
        public CertificateChainVerifier build() {
            if (roots.isEmpty()) {
                throw new IllegalStateException("a CertificateChainVerifier needs at least one trusted root");
            }
            if (algorithm == null) {
                throw new IllegalStateException("a CertificateChainVerifier needs the algorithm its leaf keys use");
            }
            return new CertificateChainVerifier(this);
        }
    }
}
