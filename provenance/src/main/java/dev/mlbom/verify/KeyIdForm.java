package dev.mlbom.verify;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one accepted spelling of a key id in a policy: 64 lower-case hex digits (the SHA-256 of the
 * key's SPKI), optionally {@code x509:} first for a key trusted through a root certificate.
 * Upper case and a {@code sha256:} prefix, the ways people paste ids, are normalised; anything
 * else, shortened ids above all, is refused. Stateless.
 */
final class KeyIdForm {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

    private KeyIdForm() {
    }

    /**
     * Normalises a key id written by a person.
     *
     * @param keyId the id
     * @return the canonical id
     * @throws IllegalArgumentException when it is not a full key id
     */
    static String normalise(String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        String id = keyId.toLowerCase(Locale.ROOT);
        String prefix = "";
        if (id.startsWith("sha256:")) {
            id = id.substring("sha256:".length());
        } else if (id.startsWith("x509:")) {
            prefix = "x509:";
            id = id.substring(prefix.length());
        }
        if (HEX64.matcher(id).matches()) {
            return prefix + id;
        }
        if (!id.isEmpty() && id.length() < 64 && HEX.matcher(id).matches()) {
            throw new IllegalArgumentException("key id '" + keyId + "' is shortened (" + id.length()
                    + " of 64 hex digits); messages abbreviate ids, but a policy needs the full id:"
                    + " copy it from 'mlbom inspect' or the key's file");
        }
        throw new IllegalArgumentException("'" + keyId + "' is not a key id: write the 64 hex digits of the key's"
                + " SHA-256 SPKI fingerprint (an optional sha256: prefix and upper case are accepted; no spaces)");
    }
}
