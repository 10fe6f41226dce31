package dev.mlbom.diff;

import dev.mlbom.error.MlbomException;
import dev.mlbom.model.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "What changed since the last good version?": given a model's version history, oldest first,
 * diffs the current (last) version against the most recent earlier version that passes a
 * {@link VersionCheck}, recording why each newer version in between was skipped.
 * <pre>{@code
 * // history: model directories, oldest first, each with its envelope beside it
 * Verifier verifier = Verifier.builder().policy(policy).build();
 * LastGood.Result result = LastGood.diff(history,
 *         model -> ProvenanceDocuments.readManifestUnverified(ProvenanceFormat.envelopePathFor(model)),
 *         model -> verifier.verify(model));
 * result.diff().ifPresent(d -> System.out.print(DiffRenderer.text(d)));
 * }</pre>
 *
 * <p>Stateless and thread-safe (as thread-safe as the functions given to it).
 */
public final class LastGood {

    private LastGood() {
    }

    /**
     * Reads the manifest of a version without judging it (for an envelope: its payload).
     *
     * @param <T> what a version is
     */
    @FunctionalInterface
    public interface ManifestOf<T> {
        /**
         * Reads the manifest.
         *
         * @param version the version
         * @return its manifest
         * @throws MlbomException when it cannot be read
         */
        Manifest manifestOf(T version) throws MlbomException;
    }

    /**
     * A version that did not pass the check.
     *
     * @param index its position in the history
     * @param subject its model's {@code name@version}
     * @param reasonCode the check's reason code, e.g. {@code SIGNATURE_INVALID}
     * @param message the check's message
     */
    public record Skipped(int index, String subject, String reasonCode, String message) {

        /** Checks the invariants. */
        public Skipped {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The outcome.
     *
     * @param current the current (last) version's manifest
     * @param lastGoodIndex the position of the last good earlier version, or -1 when none passes
     * @param lastGood its manifest, when there is one
     * @param skipped the earlier versions, newest first, that failed the check before a good one was found
     * @param diff the diff from the last good version to the current one, when there is one
     */
    public record Result(Manifest current, int lastGoodIndex, Optional<Manifest> lastGood, List<Skipped> skipped,
            Optional<ManifestDiff> diff) {

        /** Checks the invariants and copies the list. */
        public Result {
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(lastGood, "lastGood");
            skipped = List.copyOf(skipped);
            Objects.requireNonNull(diff, "diff");
        }
    }

    /**
     * Diffs the last manifest of a history against the most recent earlier one that passes.
     *
     * @param history the manifests, oldest first; the last is the current one
     * @param check decides which earlier versions are good
     * @return the result
     * @throws DiffException with reason {@code EMPTY_HISTORY} when the history is empty
     */
    public static Result diff(List<Manifest> history, VersionCheck<? super Manifest> check) throws DiffException {
        return diff(history, m -> m, check);
    }

    /**
     * Diffs the last version of a history against the most recent earlier one that passes. The
     * current version itself is not checked. Earlier versions are checked newest first, and only
     * until one passes.
     *
     * @param history the versions (manifests, envelopes, paths), oldest first
     * @param manifestOf reads a version's manifest
     * @param check decides which earlier versions are good
     * @param <T> what a version is
     * @return the result
     * @throws DiffException with reason {@code EMPTY_HISTORY}, or {@code UNREADABLE_VERSION} when a
     *     needed manifest cannot be read
     */
    public static <T> Result diff(List<T> history, ManifestOf<T> manifestOf, VersionCheck<? super T> check)
            throws DiffException {
        Objects.requireNonNull(manifestOf, "manifestOf");
        Objects.requireNonNull(check, "check");
        if (history.isEmpty()) {
            throw new DiffException(DiffException.Reason.EMPTY_HISTORY,
                    "the version history is empty; give at least the current version", null);
        }
        int last = history.size() - 1;
        Manifest current = read(history, last, manifestOf);
        List<Skipped> skipped = new ArrayList<>();
        for (int i = last - 1; i >= 0; i--) {
            T version = history.get(i);
            try {
                check.check(version);
            } catch (MlbomException e) {
                String subject;
                try {
                    subject = manifestOf.manifestOf(version).model().coordinates();
                } catch (MlbomException unreadable) {
                    subject = "version " + i;
                }
                skipped.add(new Skipped(i, subject, e.reasonCode(), e.getMessage()));
                continue;
            }
            Manifest good = read(history, i, manifestOf);
            return new Result(current, i, Optional.of(good), skipped, Optional.of(ManifestDiff.of(good, current)));
        }
        return new Result(current, -1, Optional.empty(), skipped, Optional.empty());
    }

    private static <T> Manifest read(List<T> history, int index, ManifestOf<T> manifestOf) throws DiffException {
        try {
            return Objects.requireNonNull(manifestOf.manifestOf(history.get(index)), "manifest");
        } catch (MlbomException e) {
            throw new DiffException(DiffException.Reason.UNREADABLE_VERSION, "cannot read the manifest of version "
                    + index + " of the history: " + e.getMessage(), e);
        }
    }
}
