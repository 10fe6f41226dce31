package dev.mlbom.canonical.internal;

import java.util.Arrays;

/**
 * Writes a {@link Tape} as RFC 8785 canonical bytes: no whitespace, members in the order the
 * parser sorted them, ECMAScript numbers, minimal string escapes.
 *
 * <p>Stateless; safe for concurrent use.
 */
final class TapeWriter {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private TapeWriter() {
    }

    /** Writes the whole tape without recursion: open containers live on an explicit stack. */
    static void write(Tape tape, ByteSink out) {
        long[] entries = tape.entries;
        int[] order = tape.order;
        int[] stackIndex = new int[16]; // objects: order index; arrays: -(element count) - 1
        int[] stackDone = new int[16]; // members or elements written so far
        int depth = 0;
        int i = 0;
        while (true) {
            long e = entries[i];
            switch (Tape.tag(e)) {
                case Tape.NULL:
                    out.write(NULL, 0, 4);
                    i++;
                    break;
                case Tape.TRUE:
                    out.write(TRUE, 0, 4);
                    i++;
                    break;
                case Tape.FALSE:
                    out.write(FALSE, 0, 5);
                    i++;
                    break;
                case Tape.INT: {
                    out.ensure(EcmaNumbers.MAX_LENGTH);
                    long v = Tape.intValue(e);
                    if (v < 0) {
                        out.buf[out.pos++] = '-';
                        v = -v;
                    }
                    out.pos = EcmaNumbers.writePositiveLong(v, out.buf, out.pos);
                    i++;
                    break;
                }
                case Tape.DOUBLE:
                    out.ensure(EcmaNumbers.MAX_LENGTH);
                    out.pos = EcmaNumbers.write(Double.longBitsToDouble(entries[i + 1]), out.buf, out.pos);
                    i += 2;
                    break;
                case Tape.STRING_INPUT:
                case Tape.STRING_SIDE:
                    string(tape, e, out);
                    i++;
                    break;
                case Tape.ARRAY: {
                    int count = (int) (e & Tape.PAYLOAD);
                    out.write((byte) '[');
                    i++;
                    if (count == 0) {
                        out.write((byte) ']');
                        break;
                    }
                    if (++depth == stackIndex.length) {
                        stackIndex = Arrays.copyOf(stackIndex, depth * 2);
                        stackDone = Arrays.copyOf(stackDone, depth * 2);
                    }
                    stackIndex[depth] = -count - 1;
                    stackDone[depth] = 0;
                    continue; // the first element follows
                }
                case Tape.OBJECT: {
                    int index = (int) (e & Tape.PAYLOAD);
                    out.write((byte) '{');
                    if (order[index + 1] == 0) {
                        out.write((byte) '}');
                        i = order[index];
                        break;
                    }
                    if (++depth == stackIndex.length) {
                        stackIndex = Arrays.copyOf(stackIndex, depth * 2);
                        stackDone = Arrays.copyOf(stackDone, depth * 2);
                    }
                    stackIndex[depth] = index;
                    stackDone[depth] = 0;
                    i = member(tape, order[index + 2], out);
                    continue;
                }
                default:
                    throw new IllegalStateException("corrupt tape entry " + Long.toHexString(e));
            }
            // a value is complete: close finished containers, then move to the next value
            while (true) {
                if (depth == 0) {
                    return;
                }
                int index = stackIndex[depth];
                int done = ++stackDone[depth];
                if (index < 0) {
                    if (done < -index - 1) {
                        out.write((byte) ',');
                        break; // the next element follows at i
                    }
                    out.write((byte) ']');
                    depth--;
                } else {
                    if (done < order[index + 1]) {
                        out.write((byte) ',');
                        i = member(tape, order[index + 2 + done], out);
                        break;
                    }
                    out.write((byte) '}');
                    i = order[index];
                    depth--;
                }
            }
        }
    }

    /** Writes a member name and colon; returns the entry index of the member's value. */
    private static int member(Tape tape, int name, ByteSink out) {
        string(tape, tape.entries[name], out);
        out.write((byte) ':');
        return name + 1;
    }

    private static void string(Tape tape, long e, ByteSink out) {
        int off = Tape.stringOffset(e);
        int len = Tape.stringLength(e);
        if (Tape.tag(e) == Tape.STRING_INPUT) {
            // no escapes and no control characters in the input: the bytes are already canonical
            if (len < 4096) {
                out.ensure(len + 2);
                byte[] buf = out.buf;
                buf[out.pos++] = '"';
                System.arraycopy(tape.input, off, buf, out.pos, len);
                out.pos += len;
                buf[out.pos++] = '"';
            } else {
                out.write((byte) '"');
                out.write(tape.input, off, len);
                out.write((byte) '"');
            }
        } else {
            writeEscaped(tape.side, off, len, out);
        }
    }

    /**
     * Writes valid UTF-8 content as a canonical JSON string: quotes, and escapes only for
     * {@code "}, {@code \} and control characters (short forms where JSON has them).
     */
    static void writeEscaped(byte[] s, int off, int len, ByteSink out) {
        out.write((byte) '"');
        int end = off + len;
        int run = off;
        for (int i = off; i < end; i++) {
            int b = s[i];
            if (b >= 0x20 && b != '"' && b != '\\' || b < 0) {
                continue;
            }
            out.write(s, run, i - run);
            run = i + 1;
            out.ensure(6);
            byte[] buf = out.buf;
            switch (b) {
                case '"': buf[out.pos++] = '\\'; buf[out.pos++] = '"'; break;
                case '\\': buf[out.pos++] = '\\'; buf[out.pos++] = '\\'; break;
                case '\b': buf[out.pos++] = '\\'; buf[out.pos++] = 'b'; break;
                case '\f': buf[out.pos++] = '\\'; buf[out.pos++] = 'f'; break;
                case '\n': buf[out.pos++] = '\\'; buf[out.pos++] = 'n'; break;
                case '\r': buf[out.pos++] = '\\'; buf[out.pos++] = 'r'; break;
                case '\t': buf[out.pos++] = '\\'; buf[out.pos++] = 't'; break;
                default:
                    buf[out.pos++] = '\\';
                    buf[out.pos++] = 'u';
                    buf[out.pos++] = '0';
                    buf[out.pos++] = '0';
                    buf[out.pos++] = HEX[b >> 4];
                    buf[out.pos++] = HEX[b & 0xf];
            }
        }
        out.write(s, run, end - run);
        out.write((byte) '"');
    }
}
