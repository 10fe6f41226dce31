package dev.mlbom.canonical.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Output buffer for canonical bytes: grows in memory, or flushes to an {@link OutputStream}.
 *
 * <p>Not thread-safe; owned by one call.
 */
public final class ByteSink {

    private static final int STREAM_BUFFER = 1 << 16;

    byte[] buf;
    int pos;
    private final OutputStream out;

    private ByteSink(byte[] buf, OutputStream out) {
        this.buf = buf;
        this.out = out;
    }

    /**
     * A sink that collects everything in memory.
     *
     * @param expectedSize the expected output size (a hint)
     * @return the sink
     */
    public static ByteSink inMemory(int expectedSize) {
        return new ByteSink(new byte[Math.max(64, expectedSize)], null);
    }

    /**
     * A sink that writes to a stream through a 64 KiB buffer. I/O failures surface as
     * {@link UncheckedIOException} from the write methods.
     *
     * @param out the stream
     * @return the sink
     */
    public static ByteSink toStream(OutputStream out) {
        return new ByteSink(new byte[STREAM_BUFFER], out);
    }

    /**
     * Makes room for {@code n} more bytes at {@link #pos}.
     *
     * @param n the number of bytes
     */
    void ensure(int n) {
        if (pos + n > buf.length) {
            if (out != null && n <= buf.length) {
                flush();
            } else {
                long grown = Math.max((long) pos + n, (long) buf.length + (buf.length >> 1));
                if (grown > Integer.MAX_VALUE - 16) {
                    grown = (long) pos + n;
                    if (grown > Integer.MAX_VALUE - 16) {
                        throw new OutOfMemoryError("canonical output exceeds the maximum array size");
                    }
                }
                buf = Arrays.copyOf(buf, (int) grown);
            }
        }
    }

    void write(byte b) {
        if (pos == buf.length) {
            ensure(1);
        }
        buf[pos++] = b;
    }

    void write(byte[] src, int off, int len) {
        if (pos + len > buf.length) {
            if (out != null) {
                flush();
                if (len > buf.length) {
                    try {
                        out.write(src, off, len);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return;
                }
            } else {
                ensure(len);
            }
        }
        System.arraycopy(src, off, buf, pos, len);
        pos += len;
    }

    void writeAscii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    /** Writes pending bytes to the stream, if any. */
    public void flush() {
        if (out != null && pos > 0) {
            try {
                out.write(buf, 0, pos);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pos = 0;
        }
    }

    /**
     * The bytes collected in memory.
     *
     * @return a byte array of exactly the written length
     */
    public byte[] toByteArray() {
        return pos == buf.length ? buf : Arrays.copyOf(buf, pos);
    }
}
