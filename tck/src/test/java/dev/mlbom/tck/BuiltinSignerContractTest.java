package dev.mlbom.tck;

import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.crypto.PublicKeyHandle;

import dev.mlbom.testkeys.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.spi.Signer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The vendor contract, run against each built-in signer. */
class BuiltinSignerContractTest {

    /** The contract for one built-in algorithm. */
    abstract static class Builtin extends SignerContractTest {

        private final KeyPairHandle key;

        Builtin(SignatureAlgorithm algorithm) {
            this.key = TestKeys.get(algorithm);
        }

        @Override
        protected Signer createSigner() {
            return key.signer();
        }

        @Override
        protected SignatureVerifier verifierFor(Signer signer) throws Exception {
            return PublicKeyHandle.fromPem(key.publicKey().toPem()).verifier(signer.algorithm());
        }

        @Override
        protected Optional<byte[]> publicKeySpki(Signer signer) {
            return Optional.of(key.publicKey().spki());
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
    class MlDsa44 extends Builtin {
        MlDsa44() {
            super(SignatureAlgorithm.ML_DSA_44);
        }
    }

    @Nested
    class MlDsa65 extends Builtin {
        MlDsa65() {
            super(SignatureAlgorithm.ML_DSA_65);
        }
    }

    @Nested
    class MlDsa87 extends Builtin {
        MlDsa87() {
            super(SignatureAlgorithm.ML_DSA_87);
        }
    }

    @Test
    void everyWellKnownAlgorithmHasANestedContractRun() {
        Set<String> covered = Arrays.stream(BuiltinSignerContractTest.class.getDeclaredClasses())
                .filter(c -> c.isAnnotationPresent(Nested.class)).map(Class::getSimpleName).collect(Collectors.toSet());
        assertThat(covered).hasSize(SignatureAlgorithm.knownAlgorithms().size());
    }

    @Nested
    class RsaPss extends Builtin {
        RsaPss() {
            super(SignatureAlgorithm.RSA_PSS_SHA256);
        }

        /** Key generation for RSA is slow, so the "other key" is a fixed test-only key. */
        @Override
        protected SignatureVerifier otherKeyVerifier(SignatureAlgorithm algorithm) throws Exception {
            try (InputStream in = getClass().getResourceAsStream("/keys/rsa3072-other-test-only.pem")) {
                return KeyPairHandle.fromPem(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                        .publicKey().verifier();
            }
        }
    }
}
