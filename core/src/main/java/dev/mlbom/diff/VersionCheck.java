package dev.mlbom.diff;

import dev.mlbom.error.MlbomException;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Decides whether a version of a model is good, the way a verifier does: returns normally when
 * it is, throws a checked {@link MlbomException} (with its reason code) when it is not. The
 * {@code Verifier} plugs in as {@code model -> verifier.verify(model)} (a model directory with its
 * envelope beside it; {@code verifier = Verifier.builder().policy(policy).build()}). A check that
 * cannot decide (a provider is down) should throw an unchecked exception, which
 * {@link LastGood} lets through rather than counting the version as bad.
 *
 * @param <T> what a version is: a manifest, an envelope, a path
 */
@FunctionalInterface
public interface VersionCheck<T> {

    /**
     * Checks a version.
     *
     * @param version the version
     * @throws MlbomException when the version is not good
     */
    void check(T version) throws MlbomException;

    /**
     * Adapts a plain predicate: false becomes a {@link DiffException} with reason
     * {@code CHECK_FAILED}.
     *
     * @param passes whether a version is good
     * @param <T> what a version is
     * @return the check
     */
    static <T> VersionCheck<T> of(Predicate<? super T> passes) {
        Objects.requireNonNull(passes, "passes");
        return version -> {
            if (!passes.test(version)) {
                throw new DiffException(DiffException.Reason.CHECK_FAILED, "the version did not pass the check", null);
            }
        };
    }
}
