package dev.mlbom.dsse.internal;

import java.util.Base64;

/**
 * Base64 as DSSE allows it: standard or URL-safe alphabet, with correct padding or none, and
 * nothing else (no whitespace, no mixed alphabets, no non-zero trailing bits). Stateless and
 * thread-safe.
 */
public final class StrictBase64 {

    private StrictBase64() {
    }

    /**
     * Decodes.
     *
     * @param text the base64 text
     * @return the bytes, or null when the text is not strict base64
     */
    public static byte[] decode(String text) {
        boolean url = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
        byte[] bytes;
        try {
            bytes = (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String unpadded = stripPadding(text);
        String again = (url ? Base64.getUrlEncoder() : Base64.getEncoder()).withoutPadding().encodeToString(bytes);
        if (!again.equals(unpadded)) {
            return null;
        }
        int padding = text.length() - unpadded.length();
        if (padding != 0 && text.length() % 4 != 0) {
            return null;
        }
        return bytes;
    }

    private static String stripPadding(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=') {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Encodes with the standard alphabet and padding.
     *
     * @param bytes the bytes
     * @return the base64 text
     */
    public static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
