package dev.mlbom.schema;

import java.util.List;
import java.util.Objects;

/**
 * Which fields of a {@link RequiredFieldProfile} a manifest has and which it lacks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param profile the profile's name, e.g. {@code minimum}
 * @param present the fields present, in profile order
 * @param missing the fields missing, in profile order
 */
public record CompletenessReport(String profile, List<RequiredField> present, List<RequiredField> missing) {

    /** Copies the lists. */
    public CompletenessReport {
        Objects.requireNonNull(profile, "profile");
        present = List.copyOf(present);
        missing = List.copyOf(missing);
    }

    /**
     * Whether every field of the profile is present.
     *
     * @return true when nothing is missing
     */
    public boolean isComplete() {
        return missing.isEmpty();
    }
}
