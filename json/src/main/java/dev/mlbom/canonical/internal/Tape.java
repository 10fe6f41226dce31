package dev.mlbom.canonical.internal;

/**
 * A parsed JSON document in compact form: one {@code long} per value (two for a double that is
 * not a small integer), strings kept as ranges of the input (or of a side buffer when they had
 * escapes), and for each object its member names already in RFC 8785 order.
 *
 * <p>Entry layout: the top 4 bits are a tag; the rest is the payload described at each tag.
 * Produced by {@link TapeParser}, consumed by {@link TapeWriter}. Not thread-safe; owned by one call.
 */
final class Tape {

    static final int TAG_SHIFT = 60;
    static final long PAYLOAD = (1L << TAG_SHIFT) - 1;
    static final long LEN_MASK = (1L << 30) - 1;

    /** No payload. */
    static final int NULL = 1;
    /** No payload. */
    static final int FALSE = 2;
    /** No payload. */
    static final int TRUE = 3;
    /** Payload: a signed integer with magnitude below 2^53 (60-bit two's complement). */
    static final int INT = 4;
    /** No payload; the next entry holds the raw IEEE-754 bits. */
    static final int DOUBLE = 5;
    /** Payload: input offset (30 bits) and byte length (30 bits) of string content without escapes. */
    static final int STRING_INPUT = 6;
    /** Payload: side-buffer offset (30 bits) and byte length (30 bits) of the unescaped UTF-8 content. */
    static final int STRING_SIDE = 7;
    /** Payload: the number of elements, which follow. */
    static final int ARRAY = 8;
    /** Payload: index into {@link #order}: [entry index after the object, member count, name entries sorted...]. */
    static final int OBJECT = 9;

    final byte[] input;
    final long[] entries;
    final int[] order;
    final byte[] side;

    Tape(byte[] input, long[] entries, int[] order, byte[] side) {
        this.input = input;
        this.entries = entries;
        this.order = order;
        this.side = side;
    }

    static int tag(long entry) {
        return (int) (entry >>> TAG_SHIFT);
    }

    static long entry(int tag, long payload) {
        return ((long) tag << TAG_SHIFT) | (payload & PAYLOAD);
    }

    static long string(int tag, int offset, int length) {
        return entry(tag, ((long) offset << 30) | length);
    }

    static int stringOffset(long entry) {
        return (int) ((entry >>> 30) & LEN_MASK);
    }

    static int stringLength(long entry) {
        return (int) (entry & LEN_MASK);
    }

    static long intValue(long entry) {
        return (entry << 4) >> 4;
    }
}
