package dev.mlbom.dsse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlbom.crypto.Certificates;
import dev.mlbom.crypto.PublicKeyHandle;
import dev.mlbom.spi.SignatureAlgorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DSSE envelopes inside real OpenSSF Model Signing bundles (made by the Python reference
 * {@code model_signing}, v0.3 to v1.1, with an elliptic key or a certificate) read strictly and
 * verify with mlbom's ECDSA P-384 verifier (DER signatures over the PAE); their statements parse.
 * Only the envelope and signature layer is checked here, not the bundle's trust chain.
 */
class OmsBundleInteropTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> bundles() throws IOException {
        Path tests = tests();
        try (Stream<Path> dirs = Files.list(tests)) {
            return dirs.map(d -> d.getFileName().toString())
                    .filter(n -> n.endsWith("-elliptic-key") || n.endsWith("-certificate"))
                    // v0.2.0 predates OMS v1.0; its signature is not over the DSSE PAE (openssl
                    // cannot verify it over the PAE with the signing key either)
                    .filter(n -> !n.startsWith("v0.2.0"))
                    .sorted().toList().stream();
        }
    }

    private static Path tests() {
        return dev.mlbom.fixtures.Conformance.dir("oms/model-transparency/scripts/tests");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void envelopeVerifies(String name) throws Exception {
        JsonNode bundle = JSON.readTree(tests().resolve(name).resolve("model.sig").toFile());
        Envelope envelope = EnvelopeJson.strict().read(JSON.writeValueAsBytes(bundle.get("dsseEnvelope")));
        PublicKeyHandle key = dev.mlbom.crypto.KeyFiles.readPublicKey(tests().resolve("keys/certificate/signing-key-pub.pem"));
        JsonNode material = bundle.get("verificationMaterial");
        if (material.has("publicKey") && material.get("publicKey").has("rawBytes")) {
            assertThat(PublicKeyHandle.fromPem(new String(Base64.getDecoder().decode(
                    material.get("publicKey").get("rawBytes").asText()), StandardCharsets.US_ASCII))).isEqualTo(key);
        }
        if (material.has("x509CertificateChain")) {
            List<PublicKeyHandle> keys = new java.util.ArrayList<>();
            for (JsonNode certificate : material.get("x509CertificateChain").get("certificates")) {
                byte[] der = Base64.getDecoder().decode(certificate.get("rawBytes").asText());
                String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(der)
                        + "\n-----END CERTIFICATE-----\n";
                keys.add(PublicKeyHandle.fromCertificate(Certificates.fromPem(pem).get(0)));
            }
            assertThat(keys).contains(key);
        }
        assertThat(key.algorithm()).isEqualTo(SignatureAlgorithm.ECDSA_P384_SHA384);

        DsseVerification result = Dsse.verify(envelope, List.of(key.verifier()));
        assertThat(result.verifiedKeyIds()).containsExactly(key.keyId());

        Statement statement = new StatementCodec(tree -> new byte[0]).decode(envelope.payload());
        assertThat(statement.predicateType()).startsWith("https://model_signing/");
        assertThat(statement.subjects()).isNotEmpty();

        byte[] tampered = envelope.payload();
        tampered[tampered.length / 2] ^= 1;
        assertThat(Dsse.verify(new Envelope(envelope.payloadType(), tampered, envelope.signatures()),
                List.of(key.verifier())).anyVerified()).isFalse();
    }
}
