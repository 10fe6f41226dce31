package dev.mlbom.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlbom.crypto.internal.EcdsaEncoding;
import dev.mlbom.crypto.internal.MlDsa;
import dev.mlbom.crypto.internal.Primitives;
import dev.mlbom.crypto.internal.VerifyPrimitive;
import dev.mlbom.internal.Hex;
import dev.mlbom.spi.InvalidSignatureException;
import dev.mlbom.spi.SignatureAlgorithm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPublicKeyParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Wycheproof vector in {@code conformance/wycheproof}: each {@code valid} test verifies,
 * each {@code invalid} test is rejected with an {@link InvalidSignatureException}.
 *
 * <p>Ed25519, ECDSA DER (P-256, P-384, P-521) and ML-DSA with the empty context go through the
 * public API ({@link PublicKeyHandle#fromSpki(byte[])}, {@link PublicKeyHandle#verifier()}), the
 * exact path envelopes take; an ML-DSA key mlbom refuses (a public key one byte too long or short)
 * counts as the refusal of every signature under it. ML-DSA vectors with a non-empty context go
 * through the internal primitive with that context. {@code mldsa_65_sign_seed_test.json} is checked
 * by {@link WycheproofMlDsaSign}: key derivation from the seed, deterministic and hedged signing. ECDSA P1363 and RSA-PSS (the file's 2048-bit key, below mlbom's
 * 3072-bit policy) go through the internal primitive with the file's parameters.
 * RSA PKCS#1 v1.5 is not an mlbom algorithm: its file is checked with a test-only verifier
 * (BouncyCastle's RSADigestSigner) so that the harness covers every file in the folder.
 *
 * <p>{@code acceptable} results: none occur in the files of mlbom's own algorithms. The one in the
 * PKCS#1 file (a DigestInfo without the NULL parameter) may verify or be rejected; the test only
 * checks that the verifier does not fail in any other way.
 */
class WycheproofTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path folder() {
        return dev.mlbom.fixtures.Conformance.dir("wycheproof");
    }

    static Stream<Arguments> vectors() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = JSON.readTree(file.toFile());
                String name = file.getFileName().toString().replace("_test.json", "");
                for (JsonNode group : root.get("testGroups")) {
                    for (JsonNode test : group.get("tests")) {
                        out.add(Arguments.of(new Vector(name + " #" + test.get("tcId").asInt() + " "
                                + test.get("result").asText() + " " + test.get("comment").asText(), name, group, test)));
                    }
                }
            }
        }
        return out.stream();
    }

    @Test
    void everyVectorFileIsKnown() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactlyInAnyOrder(
                    "ecdsa_secp256r1_sha256_p1363_test.json", "ecdsa_secp256r1_sha256_test.json",
                    "ecdsa_secp384r1_sha384_p1363_test.json", "ecdsa_secp384r1_sha384_test.json",
                    "ecdsa_secp521r1_sha512_p1363_test.json", "ecdsa_secp521r1_sha512_test.json",
                    "ed25519_test.json", "mldsa_44_verify_test.json", "mldsa_65_verify_test.json",
                    "mldsa_87_verify_test.json", "mldsa_65_sign_seed_test.json", "mldsa.md",
                    "rsa_pss_2048_sha256_mgf1_32_test.json", "rsa_signature_2048_sha256_test.json",
                    "LICENSE", "SOURCES.md");
        }
        assertThat(vectors().count()).isGreaterThan(3500);
    }

    /** One test case; its toString is the label only (JUnit renders every argument for the display name). */
    record Vector(String label, String file, JsonNode group, JsonNode test) {
        @Override
        public String toString() {
            return label;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void vector(Vector vector) throws Exception {
        String file = vector.file();
        JsonNode group = vector.group();
        JsonNode test = vector.test();
        if (file.startsWith("mldsa") && file.contains("sign_seed")) {
            WycheproofMlDsaSign.check(group, test);
            return;
        }
        byte[] msg = Hex.decode(test.get("msg").asText());
        byte[] sig = Hex.decode(test.get("sig").asText());
        String result = test.get("result").asText();
        VerifyPrimitive verifier = file.startsWith("mldsa") && test.has("ctx")
                ? mlDsaWithContext(file, group, Hex.decode(test.get("ctx").asText()))
                : verifierFor(file, group);
        switch (result) {
            case "valid" -> assertThatCode(() -> verifier.verify(sig, msg)).doesNotThrowAnyException();
            case "invalid" -> assertThatThrownBy(() -> verifier.verify(sig, msg))
                    .isInstanceOf(InvalidSignatureException.class);
            case "acceptable" -> {
                try {
                    verifier.verify(sig, msg);
                } catch (InvalidSignatureException expectedOrNot) {
                    // either outcome is allowed for "acceptable"
                }
            }
            default -> fail("unknown result " + result);
        }
    }

    private static final java.util.Map<JsonNode, VerifyPrimitive> CACHE = new java.util.IdentityHashMap<>();

    private static synchronized VerifyPrimitive verifierFor(String file, JsonNode group) throws Exception {
        VerifyPrimitive cached = CACHE.get(group);
        if (cached == null) {
            cached = newVerifier(file, group);
            CACHE.put(group, cached);
        }
        return cached;
    }

    private static VerifyPrimitive newVerifier(String file, JsonNode group) throws Exception {
        byte[] der = Hex.decode(group.get("publicKeyDer").asText());
        if (file.startsWith("ed25519")) {
            PublicKeyHandle key = PublicKeyHandle.fromSpki(der);
            assertThat(key.algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
            return key.verifier()::verify;
        }
        if (file.startsWith("ecdsa")) {
            SignatureAlgorithm expected = file.contains("secp256r1") ? SignatureAlgorithm.ECDSA_P256_SHA256
                    : file.contains("secp384r1") ? SignatureAlgorithm.ECDSA_P384_SHA384
                    : SignatureAlgorithm.ECDSA_P521_SHA512;
            assertThat(file).containsAnyOf("secp256r1", "secp384r1", "secp521r1");
            PublicKeyHandle key = PublicKeyHandle.fromSpki(der).requireAlgorithm(expected);
            if (file.endsWith("p1363")) {
                return Primitives.ecdsa((ECPublicKeyParameters) bcKey(der), digest(group.get("sha").asText()),
                        EcdsaEncoding.P1363);
            }
            return key.verifier()::verify;
        }
        if (file.startsWith("mldsa")) {
            PublicKeyHandle key;
            try {
                key = PublicKeyHandle.fromSpki(der);
            } catch (KeyException refused) {
                // a key mlbom refuses (wrong length): every signature under it is refused with it
                assertThat(refused.reason()).isEqualTo(KeyException.Reason.UNSUPPORTED_KEY);
                return (sig, msg) -> {
                    throw new InvalidSignatureException(InvalidSignatureException.Reason.MALFORMED,
                            "key refused: " + refused.getMessage());
                };
            }
            assertThat(key.algorithm()).isEqualTo(mlDsaAlgorithm(file));
            return key.verifier()::verify;
        }
        if (file.startsWith("rsa_pss")) {
            assertThat(group.get("mgf").asText()).isEqualTo("MGF1");
            return Primitives.rsaPss((RSAKeyParameters) bcKey(der), digest(group.get("sha").asText()),
                    digest(group.get("mgfSha").asText()), group.get("sLen").asInt());
        }
        if (file.startsWith("rsa_signature")) {
            RSAKeyParameters key = (RSAKeyParameters) bcKey(der);
            Supplier<Digest> digest = digest(group.get("sha").asText());
            return (sig, msg) -> {
                RSADigestSigner verifier = new RSADigestSigner(digest.get());
                verifier.init(false, key);
                verifier.update(msg, 0, msg.length);
                boolean ok;
                try {
                    ok = verifier.verifySignature(sig);
                } catch (RuntimeException e) {
                    ok = false;
                }
                if (!ok) {
                    throw new InvalidSignatureException(InvalidSignatureException.Reason.SIGNATURE_INVALID, "invalid");
                }
            };
        }
        throw new IllegalStateException("no verifier for " + file);
    }

    private static SignatureAlgorithm mlDsaAlgorithm(String file) {
        String id = "ml-dsa-" + file.split("_")[1];
        return SignatureAlgorithm.fromId(id).orElseThrow();
    }

    /** A non-empty context is not mlbom's (it signs with the empty one), so it goes through the primitive. */
    private static VerifyPrimitive mlDsaWithContext(String file, JsonNode group, byte[] ctx) throws Exception {
        PublicKeyHandle key = PublicKeyHandle.fromSpki(Hex.decode(group.get("publicKeyDer").asText()));
        SignatureAlgorithm algorithm = mlDsaAlgorithm(file);
        assertThat(key.algorithm()).isEqualTo(algorithm);
        return Primitives.mldsa((MLDSAPublicKeyParameters) key.parts().key(),
                MlDsa.of(algorithm).orElseThrow().signatureBytes(), ctx);
    }

    private static AsymmetricKeyParameter bcKey(byte[] der) throws IOException {
        return PublicKeyFactory.createKey(SubjectPublicKeyInfo.getInstance(der));
    }

    private static Supplier<Digest> digest(String name) {
        return switch (name) {
            case "SHA-1" -> SHA1Digest::new;
            case "SHA-256" -> SHA256Digest::new;
            case "SHA-384" -> SHA384Digest::new;
            case "SHA-512" -> SHA512Digest::new;
            default -> throw new IllegalStateException("digest " + name);
        };
    }

    @Test
    void theRsaPssVectorKeyIsTooWeakForMlbomKeys() throws IOException {
        JsonNode root = JSON.readTree(folder().resolve("rsa_pss_2048_sha256_mgf1_32_test.json").toFile());
        byte[] der = Hex.decode(root.get("testGroups").get(0).get("publicKeyDer").asText());
        assertThatThrownBy(() -> PublicKeyHandle.fromSpki(der))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.reason()).isEqualTo(KeyException.Reason.WEAK_KEY));
    }
}
