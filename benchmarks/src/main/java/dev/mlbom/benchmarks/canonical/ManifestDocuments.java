package dev.mlbom.benchmarks.canonical;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Deterministic generator of manifest-like JSON documents for the canonicalization benchmarks:
 * many components with names, versions, digests, free text in many scripts (Latin, CJK, Cyrillic,
 * emoji), escapes, and numbers of every kind (small and large integers, decimals, exponents, tiny
 * and huge values, negative zero, non-canonical spellings). Members are written in shuffled order
 * with whitespace, so canonicalization has work to do.
 *
 * <p>Stateless; safe for concurrent use.
 */
public final class ManifestDocuments {

    private static final String[] WORDS = {
        "model", "weights", "tokenizer", "adapter", "dataset", "shard", "eval", "corpus", "index", "prompt",
        "caf\u00e9", "na\u00efve", "\u00fcber", "\u4e2d\u6587\u6a21\u578b", "\u8bad\u7ec3\u6570\u636e", "\u30e2\u30c7\u30eb",
        "\ud55c\uad6d\uc5b4", "\u043c\u043e\u0434\u0435\u043b\u044c", "\u0627\u0644\u0646\u0645\u0648\u0630\u062c",
        "\ud83d\ude80", "\ud83e\udd16", "\ud83d\udcca\ud83d\udd25", "\u2603", "\u00a9 2026", "\u20ac100",
    };
    private static final String[] ESCAPED = {
        "line\\nbreak", "tab\\there", "quote \\\"x\\\"", "back\\\\slash", "\\u00e9t\\u00e9", "\\ud83d\\ude00",
        "ctl\\u0001\\u001f", "slash\\/path", "\\u4e2d\\u6587", "cr\\r\\nlf",
    };
    private static final String[] NUMBERS = {
        "0", "-0", "-0.0", "1.0", "1E2", "100e-2", "4.9e-324", "1.7976931348623157e308", "5e-7", "1e21",
        "123456789012345678901234", "0.1", "0.30000000000000004", "6.02214076e23", "1.602176634e-19",
        "9007199254740993", "-273.15", "3.141592653589793", "2.718281828459045e0", "1e-300",
    };

    private ManifestDocuments() {
    }

    /**
     * Generates a document of about {@code targetBytes} bytes (UTF-8).
     *
     * @param seed the seed; equal seeds give equal documents
     * @param targetBytes the approximate size
     * @return the document
     */
    public static byte[] generate(long seed, int targetBytes) {
        SplittableRandom r = new SplittableRandom(seed);
        Out out = new Out(targetBytes + 4096);
        out.ascii("{\n  \"schema\": \"https://mlbom.dev/schema/manifest/v1\",\n  \"model\": {\"name\": \"llama-mlbom\", "
                + "\"version\": \"1.0.0\", \"parameters\": 7000000000, \"context\": 4096},\n  \"components\": [\n");
        int i = 0;
        while (out.size() < targetBytes - 2048) {
            if (i > 0) {
                out.ascii(",\n");
            }
            component(out, r, i++);
        }
        out.ascii("\n  ],\n  \"count\": " + i + ",\n  \"extensions\": {\"dev.mlbom/generator\": {\"seed\": " + seed
                + "}}\n}\n");
        return out.toByteArray();
    }

    private static void component(Out out, SplittableRandom r, int i) {
        String[] members = new String[9];
        members[0] = "\"name\": \"" + word(r) + "-" + i + "\"";
        members[1] = "\"version\": \"" + r.nextInt(10) + "." + r.nextInt(100) + "." + r.nextInt(1000) + "\"";
        members[2] = "\"digest\": {\"sha256\": \"" + hex(r, 64) + "\", \"size\": " + r.nextLong(1L << 40) + "}";
        members[3] = "\"description\": \"" + text(r) + "\"";
        members[4] = "\"metrics\": {" + metrics(r) + "}";
        members[5] = "\"values\": [" + numbers(r) + "]";
        members[6] = "\"" + word(r) + "\": \"" + text(r) + "\"";
        members[7] = "\"tags\": [\"" + word(r) + "\", \"" + word(r) + "\", \"" + ESCAPED[r.nextInt(ESCAPED.length)] + "\"]";
        members[8] = "\"flags\": {\"public\": " + r.nextBoolean() + ", \"gated\": null, \"\u00e9tat\": \""
                + word(r) + "\", \"\ud83d\udd11\": " + r.nextInt(100) + ", \"\ue000\": 1}";
        for (int k = members.length - 1; k > 0; k--) {
            int j = r.nextInt(k + 1);
            String t = members[k];
            members[k] = members[j];
            members[j] = t;
        }
        out.ascii("    {");
        for (int k = 0; k < members.length; k++) {
            if (k > 0) {
                out.ascii(", ");
            }
            out.utf8(members[k]);
        }
        out.ascii("}");
    }

    private static String metrics(SplittableRandom r) {
        return "\"accuracy\": " + r.nextDouble() + ", \"loss\": " + (r.nextDouble() * 1e-3) + ", \"flops\": "
                + (r.nextDouble() * 1e24) + ", \"tiny\": " + (r.nextDouble() * 1e-310) + ", \"epochs\": "
                + r.nextInt(100) + ", \"lr\": " + String.format("%.1e", r.nextDouble() * 1e-3).replace(",", ".")
                + ", \"big\": " + r.nextLong() + ", \"neg\": " + (-r.nextDouble() * 1e6);
    }

    private static String numbers(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int n = 4 + r.nextInt(8);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                sb.append(", ");
            }
            switch (r.nextInt(6)) {
                case 0 -> sb.append(r.nextInt(1_000_000) - 500_000);
                case 1 -> sb.append(NUMBERS[r.nextInt(NUMBERS.length)]);
                case 2 -> sb.append(Double.longBitsToDouble(r.nextLong() & 0x7fef_ffff_ffff_ffffL));
                case 3 -> sb.append(r.nextInt(100_000)).append('.').append(r.nextInt(1000));
                case 4 -> sb.append(r.nextDouble() * Math.pow(10, r.nextInt(-30, 30)));
                default -> sb.append(r.nextLong(1L << 53));
            }
        }
        return sb.toString();
    }

    private static String word(SplittableRandom r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static String text(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int n = 3 + r.nextInt(10);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(r.nextInt(8) == 0 ? ESCAPED[r.nextInt(ESCAPED.length)] : word(r));
        }
        return sb.toString();
    }

    private static String hex(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            sb.append("0123456789abcdef".charAt(r.nextInt(16)));
        }
        return sb.toString();
    }

    /** A byte buffer sized up front, so that a 50 MB document fits a small heap. */
    private static final class Out extends ByteArrayOutputStream {
        Out(int size) {
            super(size);
        }

        void ascii(String s) {
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            write(b, 0, b.length);
        }

        void utf8(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            write(b, 0, b.length);
        }
    }
}
