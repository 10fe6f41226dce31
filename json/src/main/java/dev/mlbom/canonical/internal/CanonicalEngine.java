package dev.mlbom.canonical.internal;

import dev.mlbom.canonical.CanonicalizationException;

/**
 * Entry point of the byte canonicalizer: parse to a {@link Tape}, then write it.
 *
 * <p>Stateless; safe for concurrent use.
 */
public final class CanonicalEngine {

    private CanonicalEngine() {
    }

    /**
     * Canonicalizes a UTF-8 JSON document to a new array. The output buffer is allocated only
     * after the whole document was parsed, to keep the peak memory low.
     *
     * @param json the document (not modified)
     * @param maxDepth the maximum nesting of arrays and objects
     * @return the canonical bytes
     * @throws CanonicalizationException if the document is rejected
     */
    public static byte[] canonicalize(byte[] json, int maxDepth) throws CanonicalizationException {
        Tape tape = TapeParser.parse(json, maxDepth);
        ByteSink sink = ByteSink.inMemory(json.length + 16);
        TapeWriter.write(tape, sink);
        tape = null; // let the parse state go before the exact-size copy
        return sink.toByteArray();
    }

    /**
     * Canonicalizes a UTF-8 JSON document to a sink.
     *
     * @param json the document (not modified)
     * @param maxDepth the maximum nesting of arrays and objects
     * @param out where to write the canonical bytes; nothing is written if the document is rejected
     * @throws CanonicalizationException if the document is rejected
     */
    public static void canonicalize(byte[] json, int maxDepth, ByteSink out) throws CanonicalizationException {
        Tape tape = TapeParser.parse(json, maxDepth);
        TapeWriter.write(tape, out);
    }
}
