package dev.mlbom.canonical.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * ECMAScript {@code Number::toString} for finite doubles, as RFC 8785 requires: the shortest
 * decimal that reads back to the same double (ties broken towards the closer, then the even one),
 * laid out in plain or exponent notation by the ES rules.
 *
 * <p>The shortest digits are found with the idea of R. Giulietti's "Schubfach" paper: scale the
 * rounding interval of the double by a power of ten so that its width lies in [1, 10), then the
 * candidates are the integers inside it; a multiple of ten inside is shorter than any other. The
 * scaled bounds are computed with a 126-bit approximation of the power of ten and round-to-odd,
 * which keeps every comparison exact.
 *
 * <p>Stateless; safe for concurrent use.
 */
public final class EcmaNumbers {

    /** Longest output: "-1.2345678901234567e-308" is 24 bytes. */
    public static final int MAX_LENGTH = 26;

    private static final long TWO_POW_53 = 1L << 53;
    private static final long MASK_63 = (1L << 63) - 1;
    /** Smallest and largest power of ten in the table (exponent of 10). */
    static final int E_MIN = -300;
    static final int E_MAX = 330;
    /** High 63 bits of g(e), 2^125 <= g(e) < 2^126, g(e) = 10^e * 2^(125 - floorLog2Pow10(e)) rounded up. */
    static final long[] G_HIGH = new long[E_MAX - E_MIN + 1];
    /** Low 63 bits of g(e). */
    static final long[] G_LOW = new long[E_MAX - E_MIN + 1];
    /** Whether g(e) is exact (not rounded up). */
    static final boolean[] G_EXACT = new boolean[E_MAX - E_MIN + 1];
    private static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        BigInteger ten = BigInteger.TEN;
        for (int e = E_MIN; e <= E_MAX; e++) {
            int shift = 125 - floorLog2Pow10(e);
            BigInteger g;
            boolean exact;
            if (e >= 0) {
                BigInteger p = ten.pow(e);
                if (shift >= 0) {
                    g = p.shiftLeft(shift);
                    exact = true;
                } else {
                    g = p.shiftRight(-shift);
                    exact = p.getLowestSetBit() >= -shift;
                }
            } else {
                BigInteger[] qr = BigInteger.ONE.shiftLeft(shift).divideAndRemainder(ten.pow(-e));
                g = qr[0];
                exact = qr[1].signum() == 0;
            }
            if (!exact) {
                g = g.add(BigInteger.ONE);
            }
            G_EXACT[e - E_MIN] = exact;
            if (g.bitLength() != 126) {
                throw new ExceptionInInitializerError("power-of-ten table out of range at " + e);
            }
            G_HIGH[e - E_MIN] = g.shiftRight(63).longValue();
            G_LOW[e - E_MIN] = g.longValue() & MASK_63;
        }
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private EcmaNumbers() {
    }

    /** floor(log10(2^q)) for |q| <= 1500. */
    static int floorLog10Pow2(int q) {
        return (int) Math.floor(q * 0.30102999566398119521);
    }

    /** floor(log10(3/4 * 2^q)) for |q| <= 1500. */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) Math.floor(q * 0.30102999566398119521 - 0.12493873660829995313);
    }

    /** floor(log2(10^e)) for |e| <= 400. */
    static int floorLog2Pow10(int e) {
        return (int) Math.floor(e * 3.32192809488736234787);
    }

    /**
     * The ECMAScript text of a finite double.
     *
     * @param v a finite double
     * @return its ES6 {@code Number.prototype.toString()} text
     */
    public static String toString(double v) {
        byte[] buf = new byte[MAX_LENGTH];
        int n = write(v, buf, 0);
        return new String(buf, 0, n, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes the ECMAScript text of a finite double.
     *
     * @param v a finite double (not NaN or infinite)
     * @param buf the buffer, with at least {@link #MAX_LENGTH} bytes free at {@code pos}
     * @param pos where to write
     * @return the position after the last byte written
     */
    public static int write(double v, byte[] buf, int pos) {
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & ((1L << 52) - 1);
        if (biased == 0x7ff) {
            throw new IllegalArgumentException("not a finite double: " + v);
        }
        if (biased == 0 && fraction == 0) {
            buf[pos] = '0'; // +0 and -0
            return pos + 1;
        }
        if (bits < 0) {
            buf[pos++] = '-';
        }
        if (biased >= 1023 && biased < 1023 + 53) {
            int shift = 1075 - biased;
            long c = fraction | (1L << 52);
            if ((c & ((1L << shift) - 1)) == 0) {
                return writePositiveLong(c >> shift, buf, pos);
            }
        }
        long c;
        int q;
        if (biased != 0) {
            c = fraction | (1L << 52);
            q = biased - 1075;
        } else {
            c = fraction;
            q = -1074;
        }
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (fraction != 0 || biased <= 1) {
            cbl = cb - 2;
            k = floorLog10Pow2(q);
        } else {
            cbl = cb - 1; // the gap below a power of two is half as wide
            k = floorLog10ThreeQuartersPow2(q);
        }
        int h = q + floorLog2Pow10(-k) + 2;
        long g1 = G_HIGH[-k - E_MIN];
        long g0 = G_LOW[-k - E_MIN];
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        int out = (int) c & 1; // odd significand: the interval bounds are excluded
        long s = vb >> 2;
        long digits;
        if (s >= 10) {
            long sp10 = s / 10 * 10;
            long tp10 = sp10 + 10;
            boolean lowerIn = vbl + out <= sp10 << 2;
            boolean upperIn = (tp10 << 2) + out <= vbr;
            if (lowerIn != upperIn) {
                return layout(lowerIn ? sp10 : tp10, k, buf, pos);
            }
        }
        long t = s + 1;
        boolean sIn = vbl + out <= s << 2;
        boolean tIn = (t << 2) + out <= vbr;
        if (sIn != tIn) {
            digits = sIn ? s : t;
        } else {
            long cmp = vb - ((s + t) << 1);
            digits = cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : t;
        }
        return layout(digits, k, buf, pos);
    }

    /** Round-to-odd of (g * cp) / 2^127 where g = g1 * 2^63 + g0. */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long high = y1 + (z >>> 63);
        long sticky = ((z & MASK_63) + MASK_63) >>> 63;
        return high | sticky;
    }

    /** Lays out digits * 10^exp (digits > 0) by the ES rules. */
    private static int layout(long digits, int exp, byte[] buf, int pos) {
        while (digits % 10 == 0) {
            digits /= 10;
            exp++;
        }
        int len = decimalLength(digits);
        int n = exp + len; // the value is 0.d1d2...dlen * 10^n
        if (len <= n && n <= 21) {
            pos = writeDigits(digits, len, buf, pos);
            for (int i = len; i < n; i++) {
                buf[pos++] = '0';
            }
            return pos;
        }
        if (0 < n && n <= 21) {
            // d1..dn . dn+1..dlen
            writeDigits(digits, len, buf, pos + 1);
            for (int i = 0; i < n; i++) {
                buf[pos + i] = buf[pos + i + 1];
            }
            buf[pos + n] = '.';
            return pos + len + 1;
        }
        if (-6 < n && n <= 0) {
            buf[pos++] = '0';
            buf[pos++] = '.';
            for (int i = n; i < 0; i++) {
                buf[pos++] = '0';
            }
            return writeDigits(digits, len, buf, pos);
        }
        // exponent notation d1[.d2..dlen]e(+|-)(n-1)
        writeDigits(digits, len, buf, pos + 1);
        buf[pos] = buf[pos + 1];
        if (len == 1) {
            pos += 1;
        } else {
            buf[pos + 1] = '.';
            pos += len + 1;
        }
        buf[pos++] = 'e';
        int e = n - 1;
        if (e < 0) {
            buf[pos++] = '-';
            e = -e;
        } else {
            buf[pos++] = '+';
        }
        return writePositiveLong(e, buf, pos);
    }

    /**
     * Writes a non-negative long in decimal.
     *
     * @param v the value, >= 0
     * @param buf the buffer, with 19 bytes free at {@code pos}
     * @param pos where to write
     * @return the position after the last byte written
     */
    public static int writePositiveLong(long v, byte[] buf, int pos) {
        return writeDigits(v, decimalLength(v), buf, pos);
    }

    private static int writeDigits(long v, int len, byte[] buf, int pos) {
        int end = pos + len;
        int i = end;
        while (v >= 100) {
            int r = (int) (v % 100);
            v /= 100;
            buf[--i] = DIGIT_PAIRS[2 * r + 1];
            buf[--i] = DIGIT_PAIRS[2 * r];
        }
        if (v >= 10) {
            buf[--i] = DIGIT_PAIRS[2 * (int) v + 1];
            buf[--i] = DIGIT_PAIRS[2 * (int) v];
        } else {
            buf[--i] = (byte) ('0' + v);
        }
        return end;
    }

    private static int decimalLength(long v) {
        long p = 10;
        for (int len = 1; len < 19; len++) {
            if (v < p) {
                return len;
            }
            p *= 10;
        }
        return 19;
    }

    /**
     * Whether a double holds an integer that prints exactly as its decimal digits.
     *
     * @param v a double
     * @return true if {@code v} is an integer with magnitude below 2^53
     */
    static boolean isSmallInteger(double v) {
        return Math.abs(v) < TWO_POW_53 && v == Math.rint(v);
    }
}
