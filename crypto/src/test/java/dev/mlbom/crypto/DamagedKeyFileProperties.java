package dev.mlbom.crypto;

import dev.mlbom.testkeys.TestCertificates;

import dev.mlbom.testkeys.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.testing.ByteDamage;
import dev.mlbom.testing.TempTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Damaged key and certificate files, both as text (PEM armour and base64 edited) and as DER
 * (bytes inside the base64 flipped, inserted, removed or cut): reading them yields a key or a
 * {@link KeyException} with a reason, never an unchecked exception from the ASN.1 or PEM parsers.
 */
class DamagedKeyFileProperties {

    private static final SignatureAlgorithm[] ALGORITHMS = SignatureAlgorithm.knownAlgorithms().toArray(new SignatureAlgorithm[0]);
    private static final Map<SignatureAlgorithm, byte[]> PRIVATE = new HashMap<>();
    private static final Map<SignatureAlgorithm, byte[]> PUBLIC = new HashMap<>();
    private static final Map<SignatureAlgorithm, byte[]> CERTIFICATES = new HashMap<>();
    private static Path dir;

    @BeforeContainer
    static void writeIntactFiles() throws Exception {
        dir = Files.createTempDirectory("mlbom-damaged-keys");
        for (SignatureAlgorithm algorithm : ALGORITHMS) {
            KeyPairHandle key = TestKeys.get(algorithm);
            Path privateFile = dir.resolve(algorithm.id() + ".key");
            KeyFiles.writePrivateKey(privateFile, key);
            Path publicFile = dir.resolve(algorithm.id() + ".pub");
            KeyFiles.writePublicKey(publicFile, key.publicKey());
            Path certificateFile = dir.resolve(algorithm.id() + ".crt");
            KeyFiles.writeCertificates(certificateFile, List.of(TestCertificates.chain(key.publicKey().spki(), "fuzz")));
            PRIVATE.put(algorithm, Files.readAllBytes(privateFile));
            PUBLIC.put(algorithm, Files.readAllBytes(publicFile));
            CERTIFICATES.put(algorithm, Files.readAllBytes(certificateFile));
            // the intact files read back
            assertThat(KeyFiles.readPrivateKey(privateFile).keyId()).isEqualTo(key.keyId());
            assertThat(KeyFiles.readPublicKey(publicFile).keyId()).isEqualTo(key.keyId());
            assertThat(KeyFiles.readCertificates(certificateFile)).hasSize(2);
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        TempTrees.delete(dir);
    }

    @Property(tries = 150)
    void damagedPemTextIsRefusedWithAReason(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int edits)
            throws Exception {
        Random random = new Random(seed);
        SignatureAlgorithm algorithm = ALGORITHMS[random.nextInt(ALGORITHMS.length)];
        readAll(algorithm, original -> ByteDamage.apply(original, random, edits));
    }

    @Property(tries = 150)
    void damagedDerIsRefusedWithAReason(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int edits)
            throws Exception {
        Random random = new Random(seed);
        SignatureAlgorithm algorithm = ALGORITHMS[random.nextInt(ALGORITHMS.length)];
        readAll(algorithm, original -> damageDer(original, random, edits));
    }

    private static void readAll(SignatureAlgorithm algorithm, Damage damage) throws IOException {
        Path file = dir.resolve("damaged.pem");
        Files.write(file, damage.apply(PRIVATE.get(algorithm)));
        expectKeyOrReason(() -> KeyFiles.readPrivateKey(file));
        Files.write(file, damage.apply(PUBLIC.get(algorithm)));
        expectKeyOrReason(() -> KeyFiles.readPublicKey(file));
        Files.write(file, damage.apply(CERTIFICATES.get(algorithm)));
        expectKeyOrReason(() -> KeyFiles.readCertificates(file));
    }

    private static void expectKeyOrReason(KeyRead read) {
        try {
            assertThat(read.run()).isNotNull();
        } catch (KeyException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /** Damages the DER inside each PEM block, keeping the armour intact. */
    private static byte[] damageDer(byte[] pem, Random random, int edits) {
        String text = new String(pem, StandardCharsets.US_ASCII);
        StringBuilder out = new StringBuilder();
        int from = 0;
        int begin;
        while ((begin = text.indexOf("-----BEGIN ", from)) >= 0) {
            int bodyStart = text.indexOf('\n', begin) + 1;
            int end = text.indexOf("-----END ", bodyStart);
            byte[] der = Base64.getMimeDecoder().decode(text.substring(bodyStart, end));
            out.append(text, from, bodyStart);
            out.append(Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(damageBytes(der, random, edits))).append('\n');
            from = end;
        }
        out.append(text.substring(from));
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] damageBytes(byte[] der, Random random, int edits) {
        byte[] damaged = der.clone();
        for (int i = 0; i < edits && damaged.length > 1; i++) {
            int at = random.nextInt(damaged.length);
            switch (random.nextInt(3)) {
                case 0 -> damaged[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> damaged[at] = (byte) random.nextInt(256);
                default -> damaged = java.util.Arrays.copyOf(damaged, Math.max(1, at));
            }
        }
        return damaged;
    }

    /** One way of damaging a file's bytes. */
    @FunctionalInterface
    private interface Damage {
        byte[] apply(byte[] original);
    }

    /** One read that may fail with a KeyException. */
    @FunctionalInterface
    private interface KeyRead {
        Object run() throws KeyException;
    }
}
