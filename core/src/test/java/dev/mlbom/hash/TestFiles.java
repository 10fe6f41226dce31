package dev.mlbom.hash;

import dev.mlbom.internal.Hex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Helpers for hashing tests: deterministic file content and reference digests. */
final class TestFiles {

    static final int MIB = 1 << 20;

    private TestFiles() {
    }

    static byte[] bytes(int size, long seed) {
        byte[] out = new byte[size];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            out[i] = (byte) random.nextInt(256);
        }
        return out;
    }

    static Path write(Path root, String relative, byte[] content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String digest(String jcaName, byte[] content, int from, int to) {
        try {
            MessageDigest md = MessageDigest.getInstance(jcaName);
            md.update(Arrays.copyOfRange(content, from, to));
            return Hex.encode(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) {
        return digest("SHA-256", content, 0, content.length);
    }

    static long hashThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("mlbom-hash-") && t.isAlive())
                .count();
    }
}
