package dev.mlbom.dsse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlbom.crypto.KeyException;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.crypto.KeyIds;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.crypto.PublicKeyHandle;
import dev.mlbom.testkeys.TestKeys;
import dev.mlbom.spi.SignatureAlgorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interop with the {@code openssl} command: mlbom's DSSE signatures verify in OpenSSL over the
 * PAE, OpenSSL's signatures verify in mlbom envelopes, and keys (plain and encrypted PKCS#8, SPKI)
 * move both ways with the same key id. Skipped only when {@code openssl} is not installed.
 */
class OpensslInteropTest {

    private static final byte[] PAYLOAD = "{\"_type\":\"https://in-toto.io/Statement/v1\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    record Result(int exit, String output) {
    }

    @BeforeAll
    static void requireOpenssl() {
        boolean present;
        try {
            present = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        assumeTrue(present, "openssl is not installed");
    }

    private Result openssl(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private Result ok(String... args) throws Exception {
        Result result = openssl(args);
        assertThat(result.exit()).as(String.join(" ", args) + ": " + result.output()).isZero();
        return result;
    }

    /** The openssl command verifying sig.bin over pae.bin with pub.pem, per algorithm OpenSSL 3.0 knows. */
    private static final Map<SignatureAlgorithm, List<String>> VERIFY_ARGS = Map.of(
            SignatureAlgorithm.ED25519, List.of("pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin", "-in",
                    "pae.bin", "-sigfile", "sig.bin"),
            SignatureAlgorithm.ECDSA_P256_SHA256, List.of("dgst", "-sha256", "-verify", "pub.pem", "-signature", "sig.bin",
                    "pae.bin"),
            SignatureAlgorithm.ECDSA_P384_SHA384, List.of("dgst", "-sha384", "-verify", "pub.pem", "-signature", "sig.bin",
                    "pae.bin"),
            SignatureAlgorithm.ECDSA_P521_SHA512, List.of("dgst", "-sha512", "-verify", "pub.pem", "-signature", "sig.bin",
                    "pae.bin"),
            SignatureAlgorithm.RSA_PSS_SHA256, List.of("dgst", "-sha256", "-sigopt", "rsa_padding_mode:pss", "-sigopt",
                    "rsa_pss_saltlen:32", "-sigopt", "rsa_mgf1_md:sha256", "-verify", "pub.pem", "-signature", "sig.bin",
                    "pae.bin"));

    private static List<String> verifyArgs(SignatureAlgorithm algorithm) {
        return VERIFY_ARGS.get(algorithm);
    }

    /** The algorithms OpenSSL 3.0 implements (it has no ML-DSA; that came in 3.5). */
    static List<SignatureAlgorithm> opensslAlgorithms() {
        return SignatureAlgorithm.knownAlgorithms().stream().filter(VERIFY_ARGS::containsKey).toList();
    }

    @ParameterizedTest
    @MethodSource("opensslAlgorithms")
    void opensslVerifiesMlbomEnvelopeSignatures(SignatureAlgorithm algorithm) throws Exception {
        KeyPairHandle key = TestKeys.get(algorithm);
        Envelope envelope = Dsse.sign(Statement.PAYLOAD_TYPE, PAYLOAD, List.of(key.signer()));
        Files.writeString(dir.resolve("pub.pem"), key.publicKey().toPem());
        Files.write(dir.resolve("pae.bin"), envelope.pae());
        Files.write(dir.resolve("sig.bin"), envelope.signatures().get(0).sig());
        ok(verifyArgs(algorithm).toArray(String[]::new));

        byte[] tampered = envelope.pae();
        tampered[tampered.length - 1] ^= 1;
        Files.write(dir.resolve("pae.bin"), tampered);
        assertThat(openssl(verifyArgs(algorithm).toArray(String[]::new)).exit()).isNotZero();
    }

    @Test
    void mlbomVerifiesAnEd25519EnvelopeSignedByOpenssl() throws Exception {
        ok("genpkey", "-algorithm", "ed25519", "-out", "key.pem");
        ok("pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem");
        Files.write(dir.resolve("pae.bin"), Pae.encode(Statement.PAYLOAD_TYPE, PAYLOAD));
        ok("pkeyutl", "-sign", "-inkey", "key.pem", "-rawin", "-in", "pae.bin", "-out", "sig.bin");
        assertOpensslEnvelopeVerifies(SignatureAlgorithm.ED25519);
    }

    @Test
    void mlbomVerifiesAP256EnvelopeSignedByOpenssl() throws Exception {
        ok("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "key.pem");
        ok("pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem");
        Files.write(dir.resolve("pae.bin"), Pae.encode(Statement.PAYLOAD_TYPE, PAYLOAD));
        ok("dgst", "-sha256", "-sign", "key.pem", "-out", "sig.bin", "pae.bin");
        assertOpensslEnvelopeVerifies(SignatureAlgorithm.ECDSA_P256_SHA256);
    }

    @Test
    void mlbomVerifiesAP521EnvelopeSignedByOpenssl() throws Exception {
        ok("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-521", "-out", "key.pem");
        ok("pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem");
        Files.write(dir.resolve("pae.bin"), Pae.encode(Statement.PAYLOAD_TYPE, PAYLOAD));
        ok("dgst", "-sha512", "-sign", "key.pem", "-out", "sig.bin", "pae.bin");
        assertOpensslEnvelopeVerifies(SignatureAlgorithm.ECDSA_P521_SHA512);
    }

    private void assertOpensslEnvelopeVerifies(SignatureAlgorithm algorithm) throws Exception {
        PublicKeyHandle pub = KeyFiles.readPublicKey(dir.resolve("pub.pem"));
        assertThat(pub.algorithm()).isEqualTo(algorithm);
        KeyPairHandle priv = KeyFiles.readPrivateKey(dir.resolve("key.pem"));
        assertThat(priv.keyId()).isEqualTo(pub.keyId());
        ok("pkey", "-in", "key.pem", "-pubout", "-outform", "DER", "-out", "pub.der");
        assertThat(pub.keyId()).isEqualTo(KeyIds.of(Files.readAllBytes(dir.resolve("pub.der"))));

        Envelope envelope = new Envelope(Statement.PAYLOAD_TYPE, PAYLOAD,
                List.of(new EnvelopeSignature(pub.keyId(), Files.readAllBytes(dir.resolve("sig.bin")))));
        Envelope reread = EnvelopeJson.strict().read(EnvelopeJson.strict().write(envelope));
        assertThat(Dsse.verify(reread, List.of(pub.verifier(algorithm))).verifiedKeyIds()).containsExactly(pub.keyId());
        Envelope otherPayload = new Envelope(Statement.PAYLOAD_TYPE, new byte[] {'x'}, envelope.signatures());
        assertThat(Dsse.verify(otherPayload, List.of(pub.verifier())).anyVerified()).isFalse();
    }

    @Test
    void opensslReadsMlbomEncryptedKeys() throws Exception {
        KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ECDSA_P256_SHA256);
        KeyFiles.writeEncryptedPrivateKey(dir.resolve("enc.pem"), key, "s3cret pass".toCharArray());
        ok("pkey", "-in", "enc.pem", "-passin", "pass:s3cret pass", "-pubout", "-out", "pub.pem");
        assertThat(KeyFiles.readPublicKey(dir.resolve("pub.pem"))).isEqualTo(key.publicKey());
        assertThat(openssl("pkey", "-in", "enc.pem", "-passin", "pass:wrong", "-pubout").exit()).isNotZero();
    }

    @Test
    void mlbomReadsOpensslEncryptedKeys() throws Exception {
        ok("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384", "-out", "key.pem");
        ok("pkcs8", "-topk8", "-in", "key.pem", "-v2", "aes-256-cbc", "-v2prf", "hmacWithSHA256", "-passout", "pass:pw",
                "-out", "enc.pem");
        ok("pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem");
        KeyPairHandle key = KeyFiles.readPrivateKey(dir.resolve("enc.pem"), "pw".toCharArray());
        assertThat(key.publicKey()).isEqualTo(KeyFiles.readPublicKey(dir.resolve("pub.pem")));
        assertThat(key.algorithm()).isEqualTo(SignatureAlgorithm.ECDSA_P384_SHA384);
        KeyException e = org.assertj.core.api.Assertions.catchThrowableOfType(KeyException.class,
                () -> KeyFiles.readPrivateKey(dir.resolve("enc.pem"), "nope".toCharArray()));
        assertThat(e.reason()).isEqualTo(KeyException.Reason.WRONG_PASSWORD);
    }

    @Test
    void traditionalOpensslEcKeysAreRead() throws Exception {
        ok("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ec.pem");
        assertThat(Files.readString(dir.resolve("ec.pem"))).contains("BEGIN EC PRIVATE KEY");
        ok("pkey", "-in", "ec.pem", "-pubout", "-out", "pub.pem");
        assertThat(KeyFiles.readPrivateKey(dir.resolve("ec.pem")).publicKey())
                .isEqualTo(KeyFiles.readPublicKey(dir.resolve("pub.pem")));
    }
}
