package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeygenIT {

    @TempDir
    Path dir;

    @Test
    void writesAPrivateKeyWithMode600AndAPublicKey() throws Exception {
        Cli.Result result = Cli.run(dir, "keygen", "--algorithm", "ed25519", "--out", "release").succeeds();
        assertThat(result.out()).contains("wrote release.key", "wrote release.pub", "key id: ");
        assertThat(Files.readString(dir.resolve("release.key"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(dir.resolve("release.pub"))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Files.getPosixFilePermissions(dir.resolve("release.key")))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

        String before = Files.readString(dir.resolve("release.key"));
        Cli.run(dir, "keygen", "--algorithm", "p256", "--out", "release").failsWith(2, "release.key: already exists");
        assertThat(Files.readString(dir.resolve("release.key"))).isEqualTo(before);
    }

    @Test
    void encryptsWithAPasswordFileAndReportsJson() throws Exception {
        Files.writeString(dir.resolve("pw.txt"), "correct horse\n");
        Cli.Result result = Cli.run(dir, "keygen", "-a", "p384", "-o", "enc", "--password-file", "pw.txt", "--json")
                .succeeds();
        assertThat(result.out()).contains("\"algorithm\" : \"ecdsa-p384-sha384\"", "\"encrypted\" : true");
        assertThat(Files.readString(dir.resolve("enc.key"))).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    }

    @Test
    void rejectsUnknownAlgorithmsMissingPasswordFilesAndMissingDirectories() throws Exception {
        Cli.run(dir, "keygen", "--algorithm", "dsa", "--out", "x").failsWith(2, "unknown value 'dsa'",
                "ed25519, p256, p384, p521, rsa3072, ml-dsa-44, ml-dsa-65, ml-dsa-87");
        Cli.run(dir, "keygen", "--algorithm", "ed25519", "--out", "x", "--password-file", "none.txt")
                .failsWith(2, "none.txt: no such password file");
        Cli.run(dir, "keygen", "--algorithm", "ed25519", "--out", "no/such/x").failsWith(2, "no such directory");
        assertThat(dir.resolve("x.key")).doesNotExist();
    }
}
