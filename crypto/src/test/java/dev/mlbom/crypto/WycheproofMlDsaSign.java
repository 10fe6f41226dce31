package dev.mlbom.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.crypto.internal.MlDsa;
import dev.mlbom.crypto.internal.Primitives;
import dev.mlbom.internal.Hex;
import dev.mlbom.spi.SignatureAlgorithm;
import java.security.SecureRandom;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPublicKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSASigner;

/**
 * One vector of Wycheproof's {@code mldsa_65_sign_seed_test.json}, as Wycheproof's {@code mldsa.md}
 * describes: the key derived from the seed (ML-DSA.KeyGen_internal) must have the vector's public
 * key, and so must the key read from the vector's PKCS#8 through mlbom's PEM reader; the signature
 * made deterministically ({@code rnd} all zero), or with the vector's {@code rnd} when it has one,
 * must be the vector's byte for byte and must verify. Vectors with only {@code mu} (NIST's
 * Sign_internal cases) sign the given mu. Invalid vectors (a seed of the wrong length, a context
 * over 255 bytes) must be refused. Test-only; stateless.
 */
final class WycheproofMlDsaSign {

    private static final MlDsa.ParameterSet SET = MlDsa.of(SignatureAlgorithm.ML_DSA_65).orElseThrow();

    private WycheproofMlDsaSign() {
    }

    static void check(JsonNode group, JsonNode test) throws Exception {
        boolean valid = switch (test.get("result").asText()) {
            case "valid" -> true;
            case "invalid" -> false;
            default -> throw new AssertionError("unexpected result " + test.get("result"));
        };
        byte[] seed = Hex.decode(group.get("privateSeed").asText());
        if (seed.length != MlDsa.SEED_BYTES) {
            assertThat(valid).as("only invalid vectors have a seed of the wrong length").isFalse();
            assertThatThrownBy(() -> MlDsa.fromSeed(SET, seed, "vector")).isInstanceOfSatisfying(KeyException.class,
                    e -> assertThat(e.reason()).isEqualTo(KeyException.Reason.UNSUPPORTED_KEY));
            return;
        }
        MLDSAPrivateKeyParameters key = MlDsa.fromSeed(SET, seed, "vector");
        byte[] publicKey = Hex.decode(group.get("publicKey").asText());
        assertThat(key.getPublicKey()).as("public key derived from the seed").isEqualTo(publicKey);
        PublicKeyHandle handle = PublicKeyHandle.fromSpki(new SubjectPublicKeyInfo(new AlgorithmIdentifier(SET.oid()),
                publicKey).getEncoded());
        if (group.has("privateKeyPkcs8")) {
            KeyPairHandle fromFile = KeyPairHandle.fromPem(KeyHandlesTest.pem("PRIVATE KEY",
                    Hex.decode(group.get("privateKeyPkcs8").asText())));
            assertThat(fromFile.publicKey()).isEqualTo(handle);
        }
        byte[] expected = Hex.decode(test.get("sig").asText());
        SecureRandom rnd = test.has("rnd") ? new FixedRandom(Hex.decode(test.get("rnd").asText())) : null;
        if (!test.has("msg")) {
            assertThat(valid).isTrue();
            byte[] mu = Hex.decode(test.get("mu").asText());
            MLDSASigner signer = new MLDSASigner();
            signer.init(true, key);
            byte[] sig = signer.generateMuSignature(mu);
            assertThat(sig).as("signature over mu").isEqualTo(expected);
            MLDSASigner verifier = new MLDSASigner();
            verifier.init(false, (MLDSAPublicKeyParameters) handle.parts().key());
            assertThat(verifier.verifyMuSignature(mu, sig)).isTrue();
            return;
        }
        byte[] msg = Hex.decode(test.get("msg").asText());
        byte[] ctx = test.has("ctx") ? Hex.decode(test.get("ctx").asText()) : new byte[0];
        if (!valid) {
            assertThat(ctx.length).as("the one invalid signing vector has a context over 255 bytes").isGreaterThan(255);
            assertThatThrownBy(() -> Primitives.mldsa(key, ctx, rnd)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        byte[] sig = Primitives.mldsa(key, ctx, rnd).sign(msg);
        assertThat(sig).as("signature").isEqualTo(expected);
        Primitives.mldsa((MLDSAPublicKeyParameters) handle.parts().key(), SET.signatureBytes(), ctx).verify(sig, msg);
        if (ctx.length == 0) {
            handle.verifier().verify(sig, msg);
        }
    }

    /** Gives the vector's rnd to the signer's single read of 32 random bytes. */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        FixedRandom(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            assertThat(out).hasSameSizeAs(bytes);
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }

}
