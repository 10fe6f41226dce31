package dev.mlbom.model;

import java.util.List;
import java.util.Objects;

/**
 * The digests of one byte range {@code [start, end)} of a file hashed in sharded mode.
 *
 * <p>As in OpenSSF Model Signing, a shard is named {@code path:start:end}.
 *
 * @param start the first byte, inclusive
 * @param end the last byte, exclusive; greater than {@code start} unless the file is empty
 * @param digests one digest per algorithm, at least one, no algorithm twice, kept sorted by algorithm
 */
public record Shard(long start, long end, List<Digest> digests) {

    /**
     * Checks the invariants and copies the list.
     *
     * @throws IllegalArgumentException when the range or the digests are invalid
     */
    public Shard {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("shard range [" + start + ", " + end + ") is invalid");
        }
        digests = Digests.requireDistinct(digests, "shard " + start + ":" + end);
    }

    /**
     * The shard's name in OpenSSF Model Signing form.
     *
     * @param path the artifact path of the file
     * @return {@code path:start:end}
     */
    public String name(String path) {
        return Objects.requireNonNull(path, "path") + ":" + start + ":" + end;
    }

    /**
     * The number of bytes in the shard.
     *
     * @return {@code end - start}
     */
    public long length() {
        return end - start;
    }
}
