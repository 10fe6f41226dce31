package dev.mlbom.codec;

import dev.mlbom.ProvenanceFormat;

/**
 * Bounds on what a {@link ManifestCodec} reads, so that hostile input cannot exhaust memory or the
 * stack. A document that exceeds one is rejected with {@code ManifestException.Reason.TOO_LARGE}.
 *
 * <p>Defaults ({@link #DEFAULTS}): documents up to {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes
 * (64 MiB), nesting up to {@value #DEFAULT_MAX_DEPTH} levels (the root object is level 1), strings
 * and member names up to {@value #DEFAULT_MAX_STRING_LENGTH} characters (1 MiB). Immutable and
 * thread-safe.
 *
 * @param maxDocumentBytes largest document accepted, in bytes; at least 1
 * @param maxDepth deepest nesting of objects and arrays accepted; 1 to {@value #MAX_DEPTH_CEILING}
 * @param maxStringLength longest string or member name accepted, in characters; at least 1
 */
public record ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength) {

    /** Default document size limit: {@link ProvenanceFormat#MAX_DOCUMENT_BYTES} (64 MiB). */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = ProvenanceFormat.MAX_DOCUMENT_BYTES;
    /** Default nesting depth limit. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** Default string length limit: 1 Mi characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
    /** The highest nesting depth limit that may be configured (keeps parsing off the stack's edge). */
    public static final int MAX_DEPTH_CEILING = 1000;

    /** The default limits. */
    public static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_STRING_LENGTH);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException when a limit is out of range
     */
    public ReadLimits {
        if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxDocumentBytes must be between 1 and " + (Integer.MAX_VALUE - 16)
                    + ", got " + maxDocumentBytes);
        }
        if (maxDepth < 1 || maxDepth > MAX_DEPTH_CEILING) {
            throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_DEPTH_CEILING + ", got "
                    + maxDepth);
        }
        if (maxStringLength < 1) {
            throw new IllegalArgumentException("maxStringLength must be at least 1, got " + maxStringLength);
        }
    }

    /**
     * Starts from the defaults.
     *
     * @return a builder holding {@link #DEFAULTS}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link ReadLimits}; starts from {@link #DEFAULTS} and checks the values in
     * {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;

        private Builder() {
        }

        /**
         * Sets the largest document accepted.
         *
         * @param bytes default 64 MiB
         * @return this builder
         */
        public Builder maxDocumentBytes(long bytes) {
            this.maxDocumentBytes = bytes;
            return this;
        }

        /**
         * Sets the deepest nesting accepted.
         *
         * @param depth default {@value ReadLimits#DEFAULT_MAX_DEPTH}
         * @return this builder
         */
        public Builder maxDepth(int depth) {
            this.maxDepth = depth;
            return this;
        }

        /**
         * Sets the longest string accepted.
         *
         * @param chars default 1 Mi characters
         * @return this builder
         */
        public Builder maxStringLength(int chars) {
            this.maxStringLength = chars;
            return this;
        }

        /**
         * Builds the limits.
         *
         * @return the limits
         * @throws IllegalArgumentException when a limit is out of range
         */
        public ReadLimits build() {
            return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength);
        }
    }
}
