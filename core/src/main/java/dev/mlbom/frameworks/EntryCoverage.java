package dev.mlbom.frameworks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one catalog entry is covered by one manifest.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entry the catalog entry
 * @param status evidenced, gap, or not evidenced by a manifest
 * @param evidencedBy the mapped fields that are populated in the manifest
 * @param wouldClose the mapped fields that are empty: for a gap, filling any one closes it; for an
 *     evidenced entry, filling them strengthens the evidence
 * @param reason for {@link Status#NOT_EVIDENCED_BY_MANIFEST}, why no manifest field can show it
 */
public record EntryCoverage(CatalogEntry entry, Status status, List<FieldPath> evidencedBy, List<FieldPath> wouldClose,
        Optional<String> reason) {

    /** The coverage status of an entry. */
    public enum Status {
        /** At least one mapped field is populated. */
        EVIDENCED,
        /** Fields are mapped to the entry but none is populated. */
        GAP,
        /** No manifest field can evidence the entry (organisational, or outside the model's record). */
        NOT_EVIDENCED_BY_MANIFEST
    }

    /** Checks the invariants and copies the lists. */
    public EntryCoverage {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(status, "status");
        evidencedBy = List.copyOf(evidencedBy);
        wouldClose = List.copyOf(wouldClose);
        Objects.requireNonNull(reason, "reason");
    }
}
