package dev.mlbom.canonical.internal;

/**
 * Orders valid UTF-8 strings by their UTF-16 code units, the member order of RFC 8785, without
 * decoding them.
 *
 * <p>Byte order of UTF-8 is code point order, which equals UTF-16 order except that the
 * supplementary planes (UTF-16 surrogates 0xD800-0xDFFF) sort before U+E000..U+FFFF in UTF-16.
 * So only a first difference between a 4-byte lead (0xF0-0xF4) and a lead of U+E000..U+FFFF
 * (0xEE, 0xEF) is flipped.
 *
 * <p>Stateless; safe for concurrent use.
 */
final class Utf8Order {

    private Utf8Order() {
    }

    /**
     * Compares two valid UTF-8 byte ranges by UTF-16 code units.
     *
     * @param a first array
     * @param aOff first offset
     * @param aLen first length
     * @param b second array
     * @param bOff second offset
     * @param bLen second length
     * @return negative, zero or positive as the first sorts before, equal to, or after the second
     */
    static int compare(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
        int n = Math.min(aLen, bLen);
        for (int i = 0; i < n; i++) {
            int x = a[aOff + i] & 0xff;
            int y = b[bOff + i] & 0xff;
            if (x != y) {
                if (x >= 0xF0 && (y == 0xEE || y == 0xEF)) {
                    return -1;
                }
                if (y >= 0xF0 && (x == 0xEE || x == 0xEF)) {
                    return 1;
                }
                return x - y;
            }
        }
        return aLen - bLen;
    }
}
