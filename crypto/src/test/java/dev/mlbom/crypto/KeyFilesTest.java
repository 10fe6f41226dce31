package dev.mlbom.crypto;

import dev.mlbom.testkeys.TestCertificates;

import dev.mlbom.testkeys.TestKeys;

import static dev.mlbom.crypto.KeyHandlesTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.spi.SignatureAlgorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {

    @TempDir
    Path dir;

    @Test
    void privateKeyFilesAreOwnerOnlyAndRoundTrip() throws Exception {
        KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ECDSA_P384_SHA384);
        Path file = dir.resolve("signing.key");
        KeyFiles.writePrivateKey(file, key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(KeyFiles.readPrivateKey(file).keyId()).isEqualTo(key.keyId());
        assertThat(listing()).containsExactly("signing.key");
    }

    @Test
    void encryptedPrivateKeyFilesRoundTrip() throws Exception {
        KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ED25519);
        Path file = dir.resolve("signing.key");
        KeyFiles.writeEncryptedPrivateKey(file, key, "pw".toCharArray());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(KeyFiles.readPrivateKey(file, "pw".toCharArray()).keyId()).isEqualTo(key.keyId());
        KeyException e = assertReason(() -> KeyFiles.readPrivateKey(file), KeyException.Reason.PASSWORD_REQUIRED);
        assertThat(e.getMessage()).contains(file.toString());
    }

    @Test
    void anExistingPrivateKeyIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("signing.key");
        KeyFiles.writePrivateKey(file, TestKeys.get(SignatureAlgorithm.ED25519));
        String before = Files.readString(file);
        assertReason(() -> KeyFiles.writePrivateKey(file, TestKeys.get(SignatureAlgorithm.ECDSA_P256_SHA256)),
                KeyException.Reason.FILE_EXISTS);
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(listing()).containsExactly("signing.key");
    }

    @Test
    void publicKeyFilesAreReplacedAtomically() throws Exception {
        Path file = dir.resolve("signing.pub");
        KeyFiles.writePublicKey(file, TestKeys.get(SignatureAlgorithm.ED25519).publicKey());
        PublicKeyHandle p256 = TestKeys.get(SignatureAlgorithm.ECDSA_P256_SHA256).publicKey();
        KeyFiles.writePublicKey(file, p256);
        assertThat(KeyFiles.readPublicKey(file)).isEqualTo(p256);
        assertThat(listing()).containsExactly("signing.pub");
    }

    @Test
    void writingIntoAMissingDirectoryFailsWithoutLeftovers() {
        Path file = dir.resolve("missing/signing.key");
        assertReason(() -> KeyFiles.writePrivateKey(file, TestKeys.get(SignatureAlgorithm.ED25519)),
                KeyException.Reason.IO_ERROR);
        assertThat(listing()).isEmpty();
    }

    @Test
    void readingProblemsHaveReasons() throws Exception {
        assertReason(() -> KeyFiles.readPublicKey(dir.resolve("none.pub")), KeyException.Reason.IO_ERROR);
        Path big = dir.resolve("big.pem");
        Files.write(big, new byte[(1 << 20) + 1]);
        assertReason(() -> KeyFiles.readPublicKey(big), KeyException.Reason.TOO_LARGE);
        Path empty = dir.resolve("empty.pub");
        Files.writeString(empty, "-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n");
        assertReason(() -> KeyFiles.readPublicKey(empty), KeyException.Reason.MALFORMED_PEM);
        Path notSpki = dir.resolve("not-spki.pub");
        Files.writeString(notSpki, "-----BEGIN PUBLIC KEY-----\nAgEB\n-----END PUBLIC KEY-----\n"); // INTEGER 1
        assertReason(() -> KeyFiles.readPublicKey(notSpki), KeyException.Reason.MALFORMED_PEM);
    }

    @Test
    void certificateChainsRoundTripAndGiveTheirPublicKey() throws Exception {
        PublicKeyHandle key = TestKeys.get(SignatureAlgorithm.ECDSA_P256_SHA256).publicKey();
        X509Certificate[] chain = TestCertificates.chain(key.spki(), "release signer");
        Path file = dir.resolve("chain.pem");
        KeyFiles.writeCertificates(file, List.of(chain));
        List<X509Certificate> read = KeyFiles.readCertificates(file);
        assertThat(read).containsExactly(chain);
        assertThat(PublicKeyHandle.fromCertificate(read.get(0))).isEqualTo(key);
        assertThat(Certificates.fromPem(Certificates.toPem(read))).containsExactly(chain);
        assertReason(() -> KeyFiles.readPublicKey(file), KeyException.Reason.MALFORMED_PEM);
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            KeyException e = assertReason(() -> KeyFiles.readPrivateKey(zero), KeyException.Reason.NOT_A_FILE);
            assertThat(e.getMessage()).contains("/dev/zero").contains("regular file");
            assertReason(() -> KeyFiles.readPublicKey(zero), KeyException.Reason.NOT_A_FILE);
            assertReason(() -> KeyFiles.readCertificates(zero), KeyException.Reason.NOT_A_FILE);
        });
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("key.fifo");
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo(fifo));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            KeyException e = assertReason(() -> KeyFiles.readPrivateKey(fifo, "pw".toCharArray()),
                    KeyException.Reason.NOT_A_FILE);
            assertThat(e.getMessage()).contains(fifo.toString()).contains("FIFO");
        });
    }

    @Test
    void aDirectoryIsRefusedAsNotAFile() {
        assertReason(() -> KeyFiles.readPublicKey(dir), KeyException.Reason.NOT_A_FILE);
    }

    @Test
    void aByteOrderMarkIsNamedAsSuch() throws Exception {
        KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ED25519);
        Path file = dir.resolve("bom.pub");
        byte[] pem = key.publicKey().toPem().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] withBom = new byte[pem.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(pem, 0, withBom, 3, pem.length);
        Files.write(file, withBom);
        KeyException e = assertReason(() -> KeyFiles.readPublicKey(file), KeyException.Reason.MALFORMED_PEM);
        assertThat(e.getMessage()).contains(file.toString()).contains("byte-order mark").doesNotContain("permission");
        Path privateFile = dir.resolve("bom.key");
        byte[] priv = key.toPem().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] privBom = new byte[priv.length + 3];
        System.arraycopy(withBom, 0, privBom, 0, 3);
        System.arraycopy(priv, 0, privBom, 3, priv.length);
        Files.write(privateFile, privBom);
        assertThat(assertReason(() -> KeyFiles.readPrivateKey(privateFile), KeyException.Reason.MALFORMED_PEM)
                .getMessage()).contains("remove the byte-order mark");
    }

    @Test
    void nonAsciiBytesAreAFormatProblemNotAPermissionProblem() throws Exception {
        Path file = dir.resolve("latin.pub");
        Files.write(file, new byte[] {'-', '-', (byte) 0xE9, '\n'});
        KeyException e = assertReason(() -> KeyFiles.readPublicKey(file), KeyException.Reason.MALFORMED_PEM);
        assertThat(e.getMessage()).contains("not ASCII").doesNotContain("permission");
    }

    static boolean mkfifo(Path fifo) {
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0 && Files.exists(fifo);
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<String> listing() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
