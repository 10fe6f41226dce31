package dev.mlbom.crypto.internal;

import dev.mlbom.spi.InvalidSignatureException;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Strict codecs for ECDSA signatures. DER decoding accepts exactly one encoding per (r, s):
 * definite short or minimal long lengths, minimal positive INTEGERs, no trailing bytes. P1363
 * decoding accepts exactly {@code 2 * fieldBytes} bytes. Range checks of r and s against the
 * group order are left to the verifier. Stateless and thread-safe.
 */
public final class EcdsaSignatures {

    private EcdsaSignatures() {
    }

    /**
     * Decodes a strict DER signature.
     *
     * @param sig the signature
     * @param maxIntBytes the largest integer length allowed (order byte length + 1)
     * @return {r, s}
     * @throws InvalidSignatureException MALFORMED when the encoding is not strict DER
     */
    public static BigInteger[] decodeDer(byte[] sig, int maxIntBytes) throws InvalidSignatureException {
        int[] pos = {0};
        if (sig.length < 8 || sig[0] != 0x30) {
            throw malformed("not a DER SEQUENCE");
        }
        pos[0] = 1;
        int seqLen = readLength(sig, pos);
        if (pos[0] + seqLen != sig.length) {
            throw malformed("the SEQUENCE length does not match the signature length");
        }
        BigInteger r = readInteger(sig, pos, maxIntBytes);
        BigInteger s = readInteger(sig, pos, maxIntBytes);
        if (pos[0] != sig.length) {
            throw malformed("trailing bytes inside the SEQUENCE");
        }
        return new BigInteger[] {r, s};
    }

    private static int readLength(byte[] b, int[] pos) throws InvalidSignatureException {
        if (pos[0] >= b.length) {
            throw malformed("truncated length");
        }
        int first = b[pos[0]++] & 0xFF;
        if (first < 0x80) {
            return first;
        }
        if (first == 0x81) {
            if (pos[0] >= b.length) {
                throw malformed("truncated length");
            }
            int len = b[pos[0]++] & 0xFF;
            if (len < 0x80) {
                throw malformed("non-minimal length encoding");
            }
            return len;
        }
        throw malformed("unsupported or indefinite length encoding");
    }

    private static BigInteger readInteger(byte[] b, int[] pos, int maxIntBytes) throws InvalidSignatureException {
        if (pos[0] >= b.length || b[pos[0]] != 0x02) {
            throw malformed("expected an INTEGER");
        }
        pos[0]++;
        int len = readLength(b, pos);
        if (len == 0 || pos[0] + len > b.length) {
            throw malformed("INTEGER has a bad length");
        }
        if (len > maxIntBytes) {
            throw malformed("INTEGER is longer than the curve order");
        }
        int start = pos[0];
        if ((b[start] & 0x80) != 0) {
            throw malformed("INTEGER is negative");
        }
        if (len > 1 && b[start] == 0 && (b[start + 1] & 0x80) == 0) {
            throw malformed("INTEGER has a superfluous leading zero");
        }
        pos[0] += len;
        return new BigInteger(1, Arrays.copyOfRange(b, start, start + len));
    }

    /**
     * Encodes (r, s) as DER.
     *
     * @param r positive r
     * @param s positive s
     * @return the DER bytes
     */
    public static byte[] encodeDer(BigInteger r, BigInteger s) {
        byte[] rb = r.toByteArray();
        byte[] sb = s.toByteArray();
        int body = 2 + rb.length + 2 + sb.length;
        int header = body < 0x80 ? 2 : 3;
        byte[] out = new byte[header + body];
        int p = 0;
        out[p++] = 0x30;
        if (body >= 0x80) {
            out[p++] = (byte) 0x81;
        }
        out[p++] = (byte) body;
        out[p++] = 0x02;
        out[p++] = (byte) rb.length;
        System.arraycopy(rb, 0, out, p, rb.length);
        p += rb.length;
        out[p++] = 0x02;
        out[p++] = (byte) sb.length;
        System.arraycopy(sb, 0, out, p, sb.length);
        return out;
    }

    /**
     * Decodes a P1363 signature.
     *
     * @param sig the signature
     * @param fieldBytes the byte length of one integer (32 for P-256, 48 for P-384, 66 for P-521)
     * @return {r, s}
     * @throws InvalidSignatureException MALFORMED when the length is not exactly twice fieldBytes
     */
    public static BigInteger[] decodeP1363(byte[] sig, int fieldBytes) throws InvalidSignatureException {
        if (sig.length != 2 * fieldBytes) {
            throw malformed("a P1363 signature must be exactly " + 2 * fieldBytes + " bytes, got " + sig.length);
        }
        return new BigInteger[] {
            new BigInteger(1, Arrays.copyOfRange(sig, 0, fieldBytes)),
            new BigInteger(1, Arrays.copyOfRange(sig, fieldBytes, sig.length))
        };
    }

    /**
     * Encodes (r, s) as P1363.
     *
     * @param r r
     * @param s s
     * @param fieldBytes the byte length of one integer
     * @return 2 * fieldBytes bytes
     */
    public static byte[] encodeP1363(BigInteger r, BigInteger s, int fieldBytes) {
        byte[] out = new byte[2 * fieldBytes];
        put(r, out, 0, fieldBytes);
        put(s, out, fieldBytes, fieldBytes);
        return out;
    }

    private static void put(BigInteger v, byte[] out, int off, int len) {
        byte[] b = v.toByteArray();
        int skip = b.length > len ? b.length - len : 0;
        System.arraycopy(b, skip, out, off + len - (b.length - skip), b.length - skip);
    }

    private static InvalidSignatureException malformed(String what) {
        return new InvalidSignatureException(InvalidSignatureException.Reason.MALFORMED,
                "ECDSA signature rejected: " + what);
    }
}
