package dev.mlbom.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Helpers for lists of digests over the same bytes. Stateless and thread-safe.
 */
public final class Digests {

    private Digests() {
    }

    /**
     * Copies a list of digests sorted by algorithm, checking that it is non-empty and names no algorithm
     * twice.
     *
     * @param digests the digests
     * @param owner what the digests belong to, for the error message
     * @return an unmodifiable copy
     * @throws IllegalArgumentException when empty or an algorithm repeats
     */
    static List<Digest> requireDistinct(List<Digest> digests, String owner) {
        List<Digest> copy = sorted(Objects.requireNonNull(digests, "digests"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(owner + " needs at least one digest");
        }
        requireNoRepeats(copy, owner);
        return copy;
    }

    /**
     * Copies a list of digests sorted by algorithm (declaration order of {@link HashAlgorithm}), so
     * that two records with the same digests are equal whatever order they were given in.
     *
     * @param digests the digests
     * @return an unmodifiable, sorted copy
     */
    static List<Digest> sorted(List<Digest> digests) {
        List<Digest> copy = new java.util.ArrayList<>(digests);
        copy.sort(java.util.Comparator.comparing(Digest::algorithm));
        return List.copyOf(copy);
    }

    /**
     * Checks that no algorithm appears twice (an empty list passes).
     *
     * @param digests the digests
     * @param owner what the digests belong to, for the error message
     * @throws IllegalArgumentException when an algorithm repeats
     */
    static void requireNoRepeats(List<Digest> digests, String owner) {
        Set<HashAlgorithm> seen = EnumSet.noneOf(HashAlgorithm.class);
        for (Digest digest : digests) {
            if (!seen.add(digest.algorithm())) {
                throw new IllegalArgumentException(owner + " has two " + digest.algorithm().id() + " digests");
            }
        }
    }

    /**
     * Finds the digest of one algorithm.
     *
     * @param digests the digests
     * @param algorithm the algorithm wanted
     * @return the digest, or empty
     */
    public static Optional<Digest> find(List<Digest> digests, HashAlgorithm algorithm) {
        for (Digest digest : digests) {
            if (digest.algorithm() == algorithm) {
                return Optional.of(digest);
            }
        }
        return Optional.empty();
    }
}
