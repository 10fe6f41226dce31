package dev.mlbom.crypto;

import dev.mlbom.testkeys.TestCertificates;

import dev.mlbom.testkeys.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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
    void damagedPemTextIsRefusedOrReadFaithfully(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int edits)
            throws Exception {
        Random random = new Random(seed);
        SignatureAlgorithm algorithm = ALGORITHMS[random.nextInt(ALGORITHMS.length)];
        readAll(algorithm, original -> ByteDamage.apply(original, random, edits));
    }

    @Property(tries = 150)
    void damagedDerIsRefusedOrReadFaithfully(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int edits)
            throws Exception {
        Random random = new Random(seed);
        SignatureAlgorithm algorithm = ALGORITHMS[random.nextInt(ALGORITHMS.length)];
        readAll(algorithm, original -> damageDer(original, random, edits));
    }

    private static void readAll(SignatureAlgorithm algorithm, Damage damage) throws Exception {
        Path file = dir.resolve("damaged.pem");
        KeyPairHandle original = TestKeys.get(algorithm);

        byte[] damagedPrivate = damage.apply(PRIVATE.get(algorithm));
        Files.write(file, damagedPrivate);
        KeyPairHandle readPrivate = refusedOrRead(() -> KeyFiles.readPrivateKey(file));
        if (readPrivate != null && !readPrivate.keyId().equals(original.keyId())) {
            // a different key may only come from a file that really holds a different, well-formed
            // key (the format cannot tell a changed private value): then the pair read must be
            // consistent, its key id the public key's, and its signatures verify under that key
            byte[] data = {1, 2, 3};
            assertThat(readPrivate.keyId()).isEqualTo(KeyIds.of(readPrivate.publicKey().spki()));
            assertThatCode(() -> readPrivate.publicKey().verifier().verify(readPrivate.signer().sign(data).signature(),
                    data)).as("a damaged private key loaded as an inconsistent key pair").doesNotThrowAnyException();
            assertThat(derBlocks(damagedPrivate)).as("a key that is not the original came from a file whose DER changed")
                    .noneMatch(der -> java.util.Arrays.equals(der, derBlocks(PRIVATE.get(algorithm)).get(0)));
        }

        byte[] damagedPublic = damage.apply(PUBLIC.get(algorithm));
        Files.write(file, damagedPublic);
        PublicKeyHandle readPublic = refusedOrRead(() -> KeyFiles.readPublicKey(file));
        if (readPublic != null && !readPublic.keyId().equals(original.keyId())) {
            assertThat(List.of(readPublic.spki())).as("a damaged public key loaded as another key")
                    .usingElementComparator(java.util.Arrays::compare)
                    .containsExactlyElementsOf(derBlocks(damagedPublic));
        }

        byte[] damagedCertificates = damage.apply(CERTIFICATES.get(algorithm));
        Files.write(file, damagedCertificates);
        List<java.security.cert.X509Certificate> readCertificates = refusedOrRead(() -> KeyFiles.readCertificates(file));
        if (readCertificates != null) {
            List<byte[]> encoded = new java.util.ArrayList<>();
            for (java.security.cert.X509Certificate certificate : readCertificates) {
                encoded.add(certificate.getEncoded());
            }
            // every certificate read is exactly one DER block of the file, in order: nothing
            // skipped, merged or repaired
            assertThat(encoded).as("certificates read from a damaged file").usingElementComparator(java.util.Arrays::compare)
                    .containsExactlyElementsOf(derBlocks(damagedCertificates));
        }
    }

    /** Refused with a reason (null is returned), or read. */
    private static <T> T refusedOrRead(KeyRead<T> read) {
        try {
            T value = read.run();
            assertThat(value).isNotNull();
            return value;
        } catch (KeyException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
            return null;
        }
    }

    /**
     * The DER of each well-formed PEM block of a file (RFC 7468: intact BEGIN and END lines with the
     * same label), in order. Text outside such blocks is explanatory text a reader skips, so a
     * block whose boundary line was damaged is not one; a faithful reader reads exactly these.
     */
    private static List<byte[]> derBlocks(byte[] pem) {
        String text = new String(pem, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher block = PEM_BLOCK.matcher(text);
        List<byte[]> blocks = new java.util.ArrayList<>();
        while (block.find()) {
            try {
                blocks.add(Base64.getMimeDecoder().decode(block.group(2)));
            } catch (IllegalArgumentException e) {
                blocks.add(new byte[0]);
            }
        }
        return blocks;
    }

    private static final java.util.regex.Pattern PEM_BLOCK = java.util.regex.Pattern.compile(
            "(?m)^-----BEGIN ([A-Z0-9 ]+)-----\\r?\\n(.*?)^-----END \\1-----", java.util.regex.Pattern.DOTALL);

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
    private interface KeyRead<T> {
        T run() throws KeyException;
    }
}
