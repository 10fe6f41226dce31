package dev.mlbom.examples.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlbom.crypto.PublicKeyHandle;
import dev.mlbom.testkeys.TestCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fresh SoftHSM2 token with one ECDSA P-256 key, made once per test JVM. The token lives in the
 * directory named by the {@code SOFTHSM2_CONF} environment variable (set by surefire for this
 * module, so that the in-process SunPKCS11 library sees the same token). Test-only.
 */
final class SoftHsmToken {

    static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    static final String LABEL = "mlbom-key";
    private static final String USER_PIN = "1234";
    private static final String SO_PIN = "56789012";

    private static SoftHsmToken instance;

    final String slot;
    final Path pinFile;
    final byte[] spki;
    /** A second token nobody logs in to: PKCS#11 logins are per token and process. */
    final String idleSlot;

    private SoftHsmToken(String slot, Path pinFile, byte[] spki, String idleSlot) {
        this.slot = slot;
        this.pinFile = pinFile;
        this.spki = spki;
        this.idleSlot = idleSlot;
    }

    static synchronized SoftHsmToken get() throws Exception {
        assumeTrue(Files.exists(Path.of(LIBRARY)), "SoftHSM2 is not installed (" + LIBRARY + ")");
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    private static SoftHsmToken create() throws Exception {
        String conf = System.getenv("SOFTHSM2_CONF");
        assertThat(conf).as("SOFTHSM2_CONF must be set (the examples module's surefire configuration does)").isNotBlank();
        Path base = Path.of(conf).getParent();
        if (Files.exists(base)) {
            try (Stream<Path> old = Files.walk(base)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path tokens = Files.createDirectories(base.resolve("tokens"));
        Files.writeString(Path.of(conf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");

        String init = run("softhsm2-util", "--init-token", "--free", "--label", "mlbom", "--so-pin", SO_PIN, "--pin", USER_PIN);
        String slot = slotIn(init);
        String idleSlot = slotIn(run("softhsm2-util", "--init-token", "--free", "--label", "idle", "--so-pin", SO_PIN,
                "--pin", USER_PIN));

        run("pkcs11-tool", "--module", LIBRARY, "--token-label", "mlbom", "--login", "--pin", USER_PIN,
                "--keypairgen", "--key-type", "EC:prime256v1", "--label", LABEL, "--id", "01");
        Path pub = base.resolve("pub.der");
        run("pkcs11-tool", "--module", LIBRARY, "--token-label", "mlbom", "--read-object", "--type", "pubkey",
                "--id", "01", "--output-file", pub.toString());
        byte[] spki = PublicKeyHandle.fromSpki(Files.readAllBytes(pub)).spki();

        // SunPKCS11 exposes a private key only with a certificate of the same CKA_ID: store one
        // (issued by a throwaway CA; only its public key matters).
        Path cert = base.resolve("cert.der");
        Files.write(cert, TestCertificates.chain(spki, LABEL)[0].getEncoded());
        run("pkcs11-tool", "--module", LIBRARY, "--token-label", "mlbom", "--login", "--pin", USER_PIN,
                "--write-object", cert.toString(), "--type", "cert", "--id", "01", "--label", LABEL);

        Path pinFile = base.resolve("pin");
        Files.createFile(pinFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(pinFile, USER_PIN + "\n");
        return new SoftHsmToken(slot, pinFile, spki, idleSlot);
    }

    private static String slotIn(String output) {
        Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m.group(1);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(command[0] + " " + command[1] + ": " + output).isZero();
        return output;
    }
}
