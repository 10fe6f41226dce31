package dev.mlbom.crypto;

import dev.mlbom.testkeys.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlbom.spi.SignatureAlgorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every private key file mlbom writes, plain and encrypted, is readable by the tools people pair
 * it with: {@code openssl pkey} (OpenSSL 3.0 and later) and Python {@code cryptography}'s
 * {@code load_pem_private_key}, for every algorithm those tools know. The openssl part is skipped
 * only when openssl is not installed; the Python part only when {@code cryptography} is absent,
 * with a message saying so.
 */
class PrivateKeyFileInteropTest {

    private static final String PASSWORD = "pass phrase 1";

    @TempDir
    Path dir;

    /** The algorithms OpenSSL 3.0 and Python cryptography can read keys of. */
    static Stream<SignatureAlgorithm> classicalAlgorithms() {
        return Stream.of(SignatureAlgorithm.ED25519, SignatureAlgorithm.ECDSA_P256_SHA256,
                SignatureAlgorithm.ECDSA_P384_SHA384, SignatureAlgorithm.ECDSA_P521_SHA512,
                SignatureAlgorithm.RSA_PSS_SHA256);
    }

    record Run(int exit, String output) {
    }

    private Run run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished: " + String.join(" ", command)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static boolean available(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<Path> writeKeys(SignatureAlgorithm algorithm) throws Exception {
        KeyPairHandle key = TestKeys.get(algorithm);
        Path plain = dir.resolve(algorithm.id() + ".key");
        Path encrypted = dir.resolve(algorithm.id() + ".enc.key");
        KeyFiles.writePrivateKey(plain, key);
        KeyFiles.writeEncryptedPrivateKey(encrypted, key, PASSWORD.toCharArray());
        Files.writeString(dir.resolve("pass.txt"), PASSWORD + "\n");
        return List.of(plain, encrypted);
    }

    @ParameterizedTest
    @MethodSource("classicalAlgorithms")
    void opensslReadsEveryPrivateKeyMlbomWrites(SignatureAlgorithm algorithm) throws Exception {
        assumeTrue(available("openssl", "version"), "openssl is not installed");
        List<Path> files = writeKeys(algorithm);
        Run plain = run("openssl", "pkey", "-in", files.get(0).toString(), "-noout");
        assertThat(plain.exit()).as("openssl pkey on the plain " + algorithm.id() + " key: " + plain.output()).isZero();
        Run encrypted = run("openssl", "pkey", "-in", files.get(1).toString(), "-passin", "file:pass.txt", "-noout");
        assertThat(encrypted.exit()).as("openssl pkey on the encrypted " + algorithm.id() + " key: " + encrypted.output())
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("classicalAlgorithms")
    void pythonCryptographyReadsEveryPrivateKeyMlbomWrites(SignatureAlgorithm algorithm) throws Exception {
        boolean present = available(System.getenv().getOrDefault("MLBOM_PYTHON", "python3"), "-c", "import cryptography");
        if (!present) {
            System.err.println("SKIPPED: Python 'cryptography' is not installed; private key files not checked with it");
        }
        assumeTrue(present, "Python 'cryptography' is not installed");
        List<Path> files = writeKeys(algorithm);
        String script = String.join("\n",
                "import sys",
                "from cryptography.hazmat.primitives.serialization import load_pem_private_key",
                "data = open(sys.argv[1], 'rb').read()",
                "password = sys.argv[2].encode() if len(sys.argv) > 2 else None",
                "key = load_pem_private_key(data, password=password)",
                "print(type(key).__name__)");
        List<Run> runs = new ArrayList<>();
        runs.add(run(System.getenv().getOrDefault("MLBOM_PYTHON", "python3"), "-c", script, files.get(0).toString()));
        runs.add(run(System.getenv().getOrDefault("MLBOM_PYTHON", "python3"), "-c", script, files.get(1).toString(), PASSWORD));
        for (Run r : runs) {
            assertThat(r.exit()).as("Python cryptography on a " + algorithm.id() + " key: " + r.output()).isZero();
        }
    }
}
