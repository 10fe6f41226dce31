package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd inputs through the command line: a reasoned exit 1 or 2, quickly, and nothing raw from input on the terminal. */
class HardeningCliTest {

    private static final String MANIFEST = Cli.MANIFEST;

    @TempDir
    static Path dir;

    record Result(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String p(String name) {
        return dir.resolve(name).toString();
    }

    @BeforeAll
    static void signAModel() throws Exception {
        Cli.smallModel(dir.resolve("model"));
        Files.writeString(dir.resolve("manifest.yaml"), MANIFEST);
        assertThat(run("keygen", "--algorithm", "ed25519", "--out", p("release")).exit()).isZero();
        Result sign = run("sign", "--key", p("release.key"), "--manifest", p("manifest.yaml"), p("model"));
        assertThat(sign.exit()).as(sign.all()).isZero();
    }

    private static void assertRefused(Result result, String... fragments) {
        assertThat(result.exit()).as(result.all()).isIn(1, 2);
        assertThat(result.err()).as(result.all()).doesNotContain("internal error").contains(fragments);
    }

    @Test
    void verifyingTheRootIsAUsageErrorNotAnInternalOne() {
        assertRefused(run("verify", "/", "--key", p("release.pub")), "no file name");
    }

    @Test
    void signingTheRootIsAUsageErrorNotAnInternalOne() {
        assertRefused(run("sign", "--key", p("release.key"), "--manifest", p("manifest.yaml"), "/"), "no file name");
    }

    @Test
    void signingToTheRootIsAUsageErrorNotAnInternalOne() {
        assertRefused(run("sign", "--key", p("release.key"), "--manifest", p("manifest.yaml"), "--output", "/",
                p("model")), "no file name");
    }

    @Test
    void devicesAsKeyPolicyPasswordOrManifestAreRefusedQuickly() {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertRefused(run("verify", p("model"), "--key", "/dev/zero"), "regular file");
            assertRefused(run("verify", p("model"), "--policy", "/dev/zero"), "regular file");
            assertRefused(run("sign", "--key", "/dev/zero", "--manifest", p("manifest.yaml"), p("model")),
                    "regular file");
            assertRefused(run("sign", "--key", p("release.key"), "--password-file", "/dev/zero", "--manifest",
                    p("manifest.yaml"), p("model")), "regular file");
            assertRefused(run("sign", "--key", p("release.key"), "--manifest", "/dev/zero", p("model")),
                    "regular file");
            assertRefused(run("inspect", "/dev/zero"), "regular file");
        });
    }

    @Test
    void fifosAsKeyPolicyOrPasswordAreRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("input.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertRefused(run("verify", p("model"), "--key", fifo.toString()), "regular file");
            assertRefused(run("verify", p("model"), "--policy", fifo.toString()), "regular file");
            assertRefused(run("sign", "--key", p("release.key"), "--password-file", fifo.toString(), "--manifest",
                    p("manifest.yaml"), p("model")), "regular file");
        });
    }

    @Test
    void aByteOrderMarkInAKeyFileIsReportedAsSuch() throws Exception {
        byte[] pem = Files.readAllBytes(dir.resolve("release.pub"));
        byte[] bom = new byte[pem.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(pem, 0, bom, 3, pem.length);
        Files.write(dir.resolve("bom.pub"), bom);
        Result result = run("verify", p("model"), "--key", p("bom.pub"));
        assertRefused(result, "remove the byte-order mark");
        assertThat(result.err()).doesNotContain("permission");
    }

    @Test
    void aKeyIdFromAnUntrustedEnvelopeCannotForgeOutput() throws Exception {
        Path forged = dir.resolve("forged.mlbom.json");
        String envelope = Files.readString(dir.resolve("model.mlbom.json"));
        envelope = envelope.replaceFirst("\"keyid\"\\s*:\\s*\"[^\"]*\"", "\"keyid\":\"\\\\u001b[32m[pass]\\\\r\\\\u009b2K\\\\u202e\"");
        assertThat(envelope).contains("u001b[32m");
        Files.writeString(forged, envelope);
        run("keygen", "--algorithm", "ed25519", "--out", p("other"));
        for (String[] args : new String[][] {
            {"verify", p("model"), "--envelope", forged.toString(), "--key", p("other.pub")},
            {"verify", p("model"), "--envelope", forged.toString(), "--key", p("release.pub")},
            {"verify", p("model"), "--envelope", forged.toString(), "--key", p("other.pub"), "--json"},
            {"inspect", forged.toString()},
            {"inspect", forged.toString(), "--json"}}) {
            Result result = run(args);
            assertNoRawControls(result);
        }
    }

    @Test
    void aModelNameWithControlCharactersCannotForgeOutput() throws Exception {
        Path manifest = dir.resolve("evil.yaml");
        Files.writeString(manifest, MANIFEST.replace("name: acme/bot", "name: \"acme/\\e[32m[pass]\\rbot\\u202e\""));
        assertNoRawControls(run("inspect", manifest.toString()));
        Result sign = run("sign", "--key", p("release.key"), "--manifest", manifest.toString(), "--output",
                p("evil.mlbom.json"), p("model"));
        assertNoRawControls(sign);
        if (sign.exit() == 0) {
            assertNoRawControls(run("verify", p("model"), "--envelope", p("evil.mlbom.json"), "--key", p("release.pub")));
            assertNoRawControls(run("inspect", p("evil.mlbom.json")));
        }
    }

    private static void assertNoRawControls(Result result) {
        assertThat(result.exit()).as(result.all()).isNotEqualTo(3);
        String all = result.all();
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            boolean bad = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            assertThat(bad).as("raw U+%04X at %d in %s", (int) c, i, all.replace('\u001b', '~')).isFalse();
        }
    }
}
