package dev.mlbom.dsse;

import dev.mlbom.model.Digest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One subject of an in-toto Statement: an artifact's name and its digests (an in-toto
 * {@code ResourceDescriptor} with {@code name} and {@code digest}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the artifact's name (for mlbom: the artifact path, or {@code path:start:end} for a
 *     shard); not empty
 * @param digest algorithm id (e.g. {@code sha256}) to lower-case hex value; at least one entry;
 *     kept sorted by algorithm id
 */
public record Subject(String name, Map<String, String> digest) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException when the name or the digest set is empty, or a value is empty
     */
    public Subject {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a subject needs a name");
        }
        TreeMap<String, String> sorted = new TreeMap<>(Objects.requireNonNull(digest, "digest"));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("subject " + name + " needs at least one digest");
        }
        sorted.forEach((algorithm, value) -> {
            if (algorithm.isEmpty() || value == null || value.isEmpty()) {
                throw new IllegalArgumentException("subject " + name + " has an empty digest algorithm or value");
            }
        });
        digest = Collections.unmodifiableMap(sorted);
    }

    /**
     * A subject from mlbom digests.
     *
     * @param name the name
     * @param digests at least one digest
     * @return the subject
     */
    public static Subject of(String name, List<Digest> digests) {
        Map<String, String> map = new TreeMap<>();
        for (Digest d : digests) {
            if (map.put(d.algorithm().id(), d.hex()) != null) {
                throw new IllegalArgumentException("subject " + name + " has two " + d.algorithm().id() + " digests");
            }
        }
        return new Subject(name, map);
    }
}
