package dev.mlbom.canonical;

import dev.mlbom.canonical.internal.ByteSink;
import dev.mlbom.canonical.internal.CanonicalEngine;
import dev.mlbom.canonical.internal.TreeWriter;
import dev.mlbom.codec.internal.Values;
import dev.mlbom.internal.Hex;
import dev.mlbom.model.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The RFC 8785 JSON Canonicalization Scheme (JCS): the one place that decides canonical bytes.
 *
 * <p>Input is strict RFC 8259 JSON in UTF-8. The output has no whitespace, object members sorted
 * by the UTF-16 code units of their names, numbers in ECMAScript {@code Number.prototype.toString}
 * form (shortest round-trip digits; {@code -0} becomes {@code 0}) and strings with the minimal
 * escapes ({@code \"}, {@code \\}, {@code \b \f \n \r \t} and {@code \\u00xx} for other control
 * characters; everything else as UTF-8).
 *
 * <p>Rejected, with a {@link CanonicalizationException.Reason}: invalid JSON (leading zeros,
 * trailing commas, NaN/Infinity, a byte order mark, trailing data, ...), duplicate member names,
 * lone surrogates (raw or escaped), invalid UTF-8 (overlong forms, encoded surrogates, truncated
 * sequences), unescaped control characters, numbers that overflow a double (numbers that
 * underflow become {@code 0}, as in ECMAScript), and documents beyond the limits: by default
 * {@value #DEFAULT_MAX_BYTES} bytes (64 MiB) and nesting depth {@value #DEFAULT_MAX_DEPTH}.
 *
 * <pre>{@code
 * byte[] canonical = Canonicalizer.strict().canonicalize(jsonBytes);
 * String id = Canonicalizer.sha256Id(canonical); // "sha256:9f86d0..."
 * }</pre>
 *
 * <p>Instances are immutable and safe for concurrent use by any number of threads.
 */
public final class Canonicalizer {

    /** Default maximum document size in bytes: {@link dev.mlbom.ProvenanceFormat#MAX_DOCUMENT_BYTES} (64 MiB). */
    public static final int DEFAULT_MAX_BYTES = dev.mlbom.ProvenanceFormat.MAX_DOCUMENT_BYTES;
    /** Default maximum nesting depth of arrays and objects. */
    public static final int DEFAULT_MAX_DEPTH = 1000;
    /** Largest accepted {@code maxBytes}: 1 GiB - 1. */
    public static final int MAX_BYTES_CEILING = (1 << 30) - 1;
    /** Largest accepted {@code maxDepth}. */
    public static final int MAX_DEPTH_CEILING = 4096;

    private static final Canonicalizer STRICT = new Canonicalizer(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);

    private final int maxBytes;
    private final int maxDepth;

    private Canonicalizer(int maxBytes, int maxDepth) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    /**
     * The canonicalizer with the default limits ({@value #DEFAULT_MAX_BYTES} bytes, depth
     * {@value #DEFAULT_MAX_DEPTH}).
     *
     * @return the shared default instance
     */
    public static Canonicalizer strict() {
        return STRICT;
    }

    /**
     * A builder for a canonicalizer with other limits.
     *
     * @return a new builder with the default limits
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The maximum document size in bytes.
     *
     * @return the limit
     */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * The maximum nesting depth of arrays and objects (the top-level container is depth 1).
     *
     * @return the limit
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * Canonicalizes a UTF-8 JSON document.
     *
     * @param json the document; not modified
     * @return the canonical UTF-8 bytes, a new array
     * @throws CanonicalizationException if the document is rejected; see the class description
     */
    public byte[] canonicalize(byte[] json) throws CanonicalizationException {
        Objects.requireNonNull(json, "json");
        checkSize(json.length);
        return CanonicalEngine.canonicalize(json, maxDepth);
    }

    /**
     * Canonicalizes a UTF-8 JSON document to a stream. The whole document is parsed and checked
     * before the first byte is written, so nothing is written when it is rejected.
     *
     * @param json the document; not modified
     * @param out where to write the canonical bytes; not closed
     * @throws CanonicalizationException if the document is rejected
     * @throws IOException if writing to {@code out} fails
     */
    public void canonicalize(byte[] json, OutputStream out) throws CanonicalizationException, IOException {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(out, "out");
        checkSize(json.length);
        ByteSink sink = ByteSink.toStream(out);
        try {
            CanonicalEngine.canonicalize(json, maxDepth, sink);
            sink.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads a UTF-8 JSON document from a stream (up to the size limit) and canonicalizes it.
     *
     * @param in the stream; read to its end, not closed
     * @return the canonical UTF-8 bytes
     * @throws CanonicalizationException if the document is rejected (also when the stream holds
     *     more than {@link #maxBytes()} bytes)
     * @throws IOException if reading fails
     */
    public byte[] canonicalize(InputStream in) throws CanonicalizationException, IOException {
        Objects.requireNonNull(in, "in");
        byte[] json = in.readNBytes(maxBytes);
        if (json.length == maxBytes && in.read() != -1) {
            checkSize((long) maxBytes + 1);
        }
        return canonicalize(json);
    }

    /**
     * Canonicalizes a JSON value. Numbers are doubles already; strings with lone surrogates are
     * rejected with {@code INVALID_STRING}. The size limit applies to the canonical output.
     *
     * @param tree the value
     * @return the canonical UTF-8 bytes
     * @throws CanonicalizationException if the value is rejected
     */
    public byte[] canonicalize(JsonValue tree) throws CanonicalizationException {
        return TreeWriter.canonicalize(Values.node(Objects.requireNonNull(tree, "tree")), maxDepth, maxBytes);
    }

    /**
     * The content identity of canonical bytes: {@code "sha256:"} followed by the lower-case hex
     * SHA-256 of the bytes. A manifest's id is this over its canonical form.
     *
     * @param canonical canonical bytes (as returned by {@code canonicalize}); not checked
     * @return e.g. {@code sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855}
     */
    public static String sha256Id(byte[] canonical) {
        Objects.requireNonNull(canonical, "canonical");
        try {
            return "sha256:" + Hex.encode(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private void checkSize(long size) throws CanonicalizationException {
        if (size > maxBytes) {
            throw new CanonicalizationException(CanonicalizationException.Reason.TOO_LARGE,
                    "the document has " + (size > maxBytes + 1L ? size + " bytes" : "more than " + maxBytes + " bytes")
                            + ", more than the limit of " + maxBytes + " bytes (at byte offset " + maxBytes
                            + "); split it, or raise the limit with Canonicalizer.builder().maxBytes(...)",
                    maxBytes, null);
        }
    }

    @Override
    public String toString() {
        return "Canonicalizer[maxBytes=" + maxBytes + ", maxDepth=" + maxDepth + "]";
    }

    /**
     * Builds a {@link Canonicalizer} with custom limits. Defaults: {@code maxBytes}
     * {@value Canonicalizer#DEFAULT_MAX_BYTES} (64 MiB), {@code maxDepth} {@value Canonicalizer#DEFAULT_MAX_DEPTH}.
     *
     * <p>Not thread-safe; use one builder from one thread.
     */
    public static final class Builder {

        private int maxBytes = DEFAULT_MAX_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;

        private Builder() {
        }

        /**
         * Sets the maximum document size in bytes (for trees: of the canonical output).
         *
         * @param maxBytes 1 to {@value Canonicalizer#MAX_BYTES_CEILING}; default {@value Canonicalizer#DEFAULT_MAX_BYTES}
         * @return this builder
         */
        public Builder maxBytes(int maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /**
         * Sets the maximum nesting depth of arrays and objects; the top-level container is depth 1
         * and a scalar document has depth 0.
         *
         * @param maxDepth 1 to {@value Canonicalizer#MAX_DEPTH_CEILING}; default {@value Canonicalizer#DEFAULT_MAX_DEPTH}
         * @return this builder
         */
        public Builder maxDepth(int maxDepth) {
            this.maxDepth = maxDepth;
            return this;
        }

        /**
         * Builds the canonicalizer.
         *
         * @return a new canonicalizer
         * @throws IllegalArgumentException if a limit is out of its range
         */
        public Canonicalizer build() {
            if (maxBytes < 1 || maxBytes > MAX_BYTES_CEILING) {
                throw new IllegalArgumentException("maxBytes must be 1.." + MAX_BYTES_CEILING + ", was " + maxBytes);
            }
            if (maxDepth < 1 || maxDepth > MAX_DEPTH_CEILING) {
                throw new IllegalArgumentException("maxDepth must be 1.." + MAX_DEPTH_CEILING + ", was " + maxDepth);
            }
            return new Canonicalizer(maxBytes, maxDepth);
        }
    }
}
