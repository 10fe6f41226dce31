package dev.mlbom.canonical.internal;

/**
 * Correctly rounded conversion of a decimal {@code m * 10^s} to a double for the common case,
 * without going through {@link Double#parseDouble}.
 *
 * <p>It multiplies {@code m} by the 126-bit approximation {@code g} of {@code 10^s} used by
 * {@link EcmaNumbers}: {@code g} is exact or too large by less than one unit, so the exact scaled
 * value lies in {@code [P - m, P]} for the product {@code P}. Since {@code m < 2^60} is far below
 * the bits dropped when {@code P} is cut to 53 bits, the rounding decision is certain unless the
 * dropped bits are within {@code m} of one half; then (and for subnormal or overflowing results)
 * the caller falls back to {@code Double.parseDouble}.
 *
 * <p>Stateless; safe for concurrent use.
 */
final class DecimalToDouble {

    /** Returned when the fast path cannot decide. */
    static final long UNDECIDED = -1;

    private DecimalToDouble() {
    }

    /**
     * The bits of the double nearest to {@code m * 10^s}.
     *
     * @param m the decimal significand, 1 <= m < 2^60
     * @param s the decimal exponent
     * @return the raw bits of the positive double, or {@link #UNDECIDED}
     */
    static long toBits(long m, int s) {
        if (s < EcmaNumbers.E_MIN || s > EcmaNumbers.E_MAX) {
            return UNDECIDED;
        }
        int idx = s - EcmaNumbers.E_MIN;
        long g1 = EcmaNumbers.G_HIGH[idx];
        long g0 = EcmaNumbers.G_LOW[idx];
        // P = m * g1 * 2^63 + m * g0 as three 64-bit limbs (p2:p1:p0), unsigned
        long aHi = Math.multiplyHigh(m, g1);
        long aLo = m * g1;
        long bHi = Math.multiplyHigh(m, g0);
        long bLo = m * g0;
        long p0 = aLo << 63;
        long p1 = (aLo >>> 1) | (aHi << 63);
        long p2 = aHi >>> 1;
        long t = p0 + bLo;
        long carry = Long.compareUnsigned(t, p0) < 0 ? 1 : 0;
        p0 = t;
        t = p1 + bHi;
        long carry2 = Long.compareUnsigned(t, p1) < 0 ? 1 : 0;
        p1 = t + carry;
        if (p1 == 0 && carry == 1) {
            carry2 = 1;
        }
        p2 += carry2;
        // top 64 bits and the rest below them
        int bitLength;
        long top;
        long restHi; // the highest 64 bits below top
        boolean restLoNonZero; // whether any bit below those is set
        if (p2 != 0) {
            int lz = Long.numberOfLeadingZeros(p2);
            bitLength = 192 - lz;
            top = lz == 0 ? p2 : (p2 << lz) | (p1 >>> (64 - lz));
            restHi = lz == 0 ? p1 : (p1 << lz) | (p0 >>> (64 - lz));
            restLoNonZero = (p0 << lz) != 0;
        } else {
            int lz = Long.numberOfLeadingZeros(p1);
            bitLength = 128 - lz;
            top = lz == 0 ? p1 : (p1 << lz) | (p0 >>> (64 - lz));
            restHi = lz == 0 ? p0 : p0 << lz;
            restLoNonZero = false;
        }
        // the bits below top number bitLength - 64 >= 62 > log2(m) + 1, so m is below one unit of top
        long sig = top >>> 11;
        long low = top & 0x7FF;
        boolean up;
        if (low > 0x400) {
            up = true;
        } else if (low < 0x400) {
            up = false;
        } else {
            if (!EcmaNumbers.G_EXACT[idx]) {
                return UNDECIDED; // within m of one half: let the slow path decide
            }
            // exact product: a tie goes to the even significand
            boolean restZero = restHi == 0 && !restLoNonZero;
            up = !restZero || (sig & 1) == 1;
        }
        if (up) {
            sig++;
            if (sig == 1L << 53) {
                sig = 1L << 52;
                bitLength++;
            }
        }
        // value = P * 2^(F(s) - 125) ~= sig * 2^(bitLength - 53 + F(s) - 125)
        int exponent = bitLength - 53 + EcmaNumbers.floorLog2Pow10(s) - 125;
        int biased = exponent + 52 + 1023;
        if (biased < 1 || biased > 2046) {
            return UNDECIDED;
        }
        return ((long) biased << 52) | (sig & ((1L << 52) - 1));
    }
}
