package dev.mlbom.model;

import dev.mlbom.internal.Hex;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A manifest's identity: {@code sha256:} followed by the lower-case hex SHA-256 of the manifest's
 * RFC 8785 canonical JSON bytes. Lineage refers to parents by this id.
 *
 * @param value e.g. {@code sha256:2cf24dba...}
 */
public record ManifestId(String value) {

    private static final Pattern FORM = Pattern.compile("sha256:[0-9a-f]{64}");

    /**
     * Checks the form.
     *
     * @throws IllegalArgumentException when the value is not {@code sha256:} + 64 lower-case hex
     */
    public ManifestId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a manifest id is 'sha256:' followed by 64 lower-case hex characters");
        }
    }

    /**
     * The id of canonical bytes whose SHA-256 is given.
     *
     * @param sha256 the 32-byte digest
     * @return the id
     */
    public static ManifestId ofSha256(byte[] sha256) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, got " + sha256.length);
        }
        return new ManifestId("sha256:" + Hex.encode(sha256));
    }

    /**
     * Whether a text is a well-formed manifest id.
     *
     * @param text the candidate
     * @return true when it has the form {@code sha256:<64 hex>}
     */
    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
