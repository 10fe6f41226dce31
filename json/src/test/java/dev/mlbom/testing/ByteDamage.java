package dev.mlbom.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Random damage to a document's bytes for fuzz-style properties: one edit overwrites, inserts or
 * deletes a byte that matters to JSON or YAML syntax, or truncates the document.
 */
public final class ByteDamage {

    private static final String SYMBOLS = "{}[]:,\"'&*!#-?|>%@`\n\t 0a\\\u00e9";

    private ByteDamage() {
    }

    /**
     * Applies {@code edits} random edits.
     *
     * @param bytes the intact document (not modified)
     * @param random the source of randomness; a seeded one makes the damage reproducible
     * @param edits how many edits
     * @return the damaged copy
     */
    public static byte[] apply(byte[] bytes, Random random, int edits) {
        byte[] damaged = bytes.clone();
        for (int i = 0; i < edits; i++) {
            damaged = once(damaged, random);
        }
        return damaged;
    }

    private static byte[] once(byte[] bytes, Random random) {
        if (bytes.length < 2) {
            return bytes;
        }
        byte[] symbol = String.valueOf(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())))
                .getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(bytes.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + symbol.length);
        switch (random.nextInt(4)) {
            case 0 -> { // overwrite
                out.write(bytes, 0, at);
                out.writeBytes(symbol);
                int resume = Math.min(bytes.length, at + symbol.length);
                out.write(bytes, resume, bytes.length - resume);
            }
            case 1 -> { // insert
                out.write(bytes, 0, at);
                out.writeBytes(symbol);
                out.write(bytes, at, bytes.length - at);
            }
            case 2 -> { // delete
                out.write(bytes, 0, at);
                out.write(bytes, at + 1, bytes.length - at - 1);
            }
            default -> out.write(bytes, 0, Math.max(1, at)); // truncate
        }
        return out.toByteArray();
    }
}
