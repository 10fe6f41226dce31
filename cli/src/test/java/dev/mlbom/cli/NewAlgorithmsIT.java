package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keygen, sign and verify through the jar with ECDSA P-521 and ML-DSA keys. */
class NewAlgorithmsIT {

    @TempDir
    Path dir;

    @Test
    void keygenMakesP521AndMlDsaKeys() {
        for (String[] algorithm : new String[][] {{"p521", "ecdsa-p521-sha512"}, {"ml-dsa-44", "ml-dsa-44"},
                {"ml-dsa-65", "ml-dsa-65"}, {"ml-dsa-87", "ml-dsa-87"}}) {
            Cli.Result result = Cli.run(dir, "keygen", "--algorithm", algorithm[0], "--out", algorithm[0], "--json")
                    .succeeds();
            assertThat(result.out()).contains("\"algorithm\" : \"" + algorithm[1] + "\"", "\"encrypted\" : false");
        }
    }

    @Test
    void aModelSignedWithAnMlDsa65KeyVerifiesAndATamperedOneIsRefused() throws IOException {
        signVerifyTamper("ml-dsa-65", "ml-dsa-65");
    }

    @Test
    void aModelSignedWithAnEncryptedP521KeyVerifiesAndATamperedOneIsRefused() throws IOException {
        signVerifyTamper("p521", "ecdsa-p521-sha512");
    }

    private void signVerifyTamper(String keyType, String algorithmId) throws IOException {
        Path model = dir.resolve(keyType + "-model");
        Cli.smallModel(model);
        Files.writeString(dir.resolve("manifest.yaml"), SignVerifyIT.MANIFEST);
        Files.writeString(dir.resolve("pw.txt"), "pq pass\n");
        Cli.run(dir, "keygen", "--algorithm", keyType, "--out", keyType, "--password-file", "pw.txt").succeeds();
        Cli.run(dir, "keygen", "--algorithm", keyType, "--out", keyType + "-other").succeeds();
        Cli.Result sign = Cli.run(dir, "sign", "--key", keyType + ".key", "--password-file", "pw.txt", "--manifest",
                "manifest.yaml", model.getFileName().toString()).succeeds();
        assertThat(sign.out()).contains("with " + algorithmId + " key ");

        Cli.Result verify = Cli.run(dir, "verify", model.getFileName().toString(), "--key", keyType + ".pub").succeeds();
        assertThat(verify.out()).contains("[pass] signatures", "[pass] artifacts", "verified acme/bot@1.0.0");
        Cli.run(dir, "verify", model.getFileName().toString(), "--key", keyType + "-other.pub")
                .failsWith(1, "[UNTRUSTED_KEY]");

        try (RandomAccessFile raf = new RandomAccessFile(model.resolve("model.safetensors").toFile(), "rw")) {
            raf.seek(10);
            int b = raf.read();
            raf.seek(10);
            raf.write(b ^ 1);
        }
        Cli.run(dir, "verify", model.getFileName().toString(), "--key", keyType + ".pub")
                .failsWith(1, "[ARTIFACT_DIGEST_MISMATCH]");
    }
}
