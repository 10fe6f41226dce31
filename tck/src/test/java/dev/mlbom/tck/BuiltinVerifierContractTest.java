package dev.mlbom.tck;

import dev.mlbom.crypto.CertificateChainVerifier;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.spi.Signer;
import dev.mlbom.spi.VerificationMaterial;
import dev.mlbom.testkeys.TestCertificates;
import dev.mlbom.testkeys.TestKeys;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** The verifier contract, run against each built-in verifier and the certificate-chain verifier. */
class BuiltinVerifierContractTest {

    /** The contract for one built-in algorithm's public-key verifier. */
    abstract static class Builtin extends SignatureVerifierContractTest {

        private final KeyPairHandle key;

        Builtin(SignatureAlgorithm algorithm) {
            this.key = TestKeys.get(algorithm);
        }

        @Override
        protected Signer signer() {
            return key.signer();
        }

        @Override
        protected SignatureVerifier verifier() {
            return key.publicKey().verifier();
        }
    }

    @Nested
    class Ed25519 extends Builtin {
        Ed25519() {
            super(SignatureAlgorithm.ED25519);
        }
    }

    @Nested
    class EcdsaP256 extends Builtin {
        EcdsaP256() {
            super(SignatureAlgorithm.ECDSA_P256_SHA256);
        }
    }

    @Nested
    class EcdsaP384 extends Builtin {
        EcdsaP384() {
            super(SignatureAlgorithm.ECDSA_P384_SHA384);
        }
    }

    @Nested
    class EcdsaP521 extends Builtin {
        EcdsaP521() {
            super(SignatureAlgorithm.ECDSA_P521_SHA512);
        }
    }

    @Nested
    class RsaPss extends Builtin {
        RsaPss() {
            super(SignatureAlgorithm.RSA_PSS_SHA256);
        }
    }

    @Nested
    class MlDsa65 extends Builtin {
        MlDsa65() {
            super(SignatureAlgorithm.ML_DSA_65);
        }
    }

    /** A root of trust instead of a key: the signature comes with its chain. */
    @Nested
    class ThroughACertificateChain extends SignatureVerifierContractTest {

        private final KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ECDSA_P256_SHA256);
        private X509Certificate[] chain;

        @Override
        protected Signer signer() throws Exception {
            chain = TestCertificates.chain(key.publicKey().spki(), "contract signer");
            return key.signer();
        }

        @Override
        protected SignatureVerifier verifier() {
            return CertificateChainVerifier.builder().trustRoot(chain[1])
                    .algorithm(SignatureAlgorithm.ECDSA_P256_SHA256).build();
        }

        @Override
        protected VerificationMaterial material() {
            return VerificationMaterial.ofChain(List.of(chain));
        }
    }
}
