package dev.mlbom.spi;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Signer} returns: the signature bytes and, where the signer has them, the
 * material a verifier needs to find or trust the key: a certificate chain (leaf first, as an
 * OpenSSF Model Signing certificate signature or a Sigstore keyless signature carries it) and a
 * key hint (the DSSE {@code keyid} to write; by default the signer's {@link Signer#keyId()}).
 * New kinds of material (e.g. a transparency-log entry) are added here as optional members, so a
 * signer written today keeps compiling.
 *
 * <pre>{@code
 * return SignatureResult.of(signatureBytes);                       // a plain key
 * return SignatureResult.builder(signatureBytes)
 *     .certificateChain(List.of(leaf, intermediate))               // a certificate-backed key
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe: byte arrays are copied in and out.
 */
public final class SignatureResult {

    private final byte[] signature;
    private final List<X509Certificate> certificateChain;
    private final Optional<String> keyHint;

    private SignatureResult(Builder builder) {
        this.signature = builder.signature;
        this.certificateChain = builder.certificateChain;
        this.keyHint = builder.keyHint;
    }

    /**
     * A result that is only the signature.
     *
     * @param signature the signature in the algorithm's envelope encoding; not empty
     * @return the result
     * @throws IllegalArgumentException when the signature is empty
     */
    public static SignatureResult of(byte[] signature) {
        return builder(signature).build();
    }

    /**
     * Starts a result with more than the signature.
     *
     * @param signature the signature in the algorithm's envelope encoding; not empty
     * @return a builder
     * @throws IllegalArgumentException when the signature is empty
     */
    public static Builder builder(byte[] signature) {
        return new Builder(signature);
    }

    /**
     * The signature bytes.
     *
     * @return a copy
     */
    public byte[] signature() {
        return signature.clone();
    }

    /**
     * The certificate chain of the signing key, leaf first.
     *
     * @return the chain; empty for a plain key
     */
    public List<X509Certificate> certificateChain() {
        return certificateChain;
    }

    /**
     * The key hint to write as the envelope's {@code keyid}, when it differs from the signer's key
     * id (e.g. a KMS key name).
     *
     * @return the hint, or empty to use {@link Signer#keyId()}
     */
    public Optional<String> keyHint() {
        return keyHint;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignatureResult that && Arrays.equals(signature, that.signature)
                && certificateChain.equals(that.certificateChain) && keyHint.equals(that.keyHint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(signature), certificateChain, keyHint);
    }

    @Override
    public String toString() {
        return "SignatureResult[" + signature.length + " bytes, " + certificateChain.size() + " certificate(s)"
                + keyHint.map(h -> ", keyHint=" + h).orElse("") + "]";
    }

    /** Builds a {@link SignatureResult}. Not thread-safe. */
    public static final class Builder {
        private final byte[] signature;
        private List<X509Certificate> certificateChain = List.of();
        private Optional<String> keyHint = Optional.empty();

        private Builder(byte[] signature) {
            Objects.requireNonNull(signature, "signature");
            if (signature.length == 0) {
                throw new IllegalArgumentException("a signature cannot be empty");
            }
            this.signature = signature.clone();
        }

        /**
         * Sets the certificate chain of the signing key, leaf first.
         *
         * @param chain the chain (may be empty)
         * @return this builder
         */
        public Builder certificateChain(List<X509Certificate> chain) {
            this.certificateChain = List.copyOf(chain);
            return this;
        }

        /**
         * Sets the key hint written as the envelope's {@code keyid}.
         *
         * @param hint a non-empty hint without control characters
         * @return this builder
         * @throws IllegalArgumentException when the hint is empty or has control characters
         */
        public Builder keyHint(String hint) {
            Objects.requireNonNull(hint, "hint");
            if (hint.isEmpty() || hint.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a key hint must be non-empty text without control characters");
            }
            this.keyHint = Optional.of(hint);
            return this;
        }

        /**
         * Builds the result.
         *
         * @return the immutable result
         */
        public SignatureResult build() {
            return new SignatureResult(this);
        }
    }
}
