package dev.mlbom.frameworks;

import java.util.List;
import java.util.Objects;

/**
 * One row of the mapping: a manifest field and the catalog entries it is evidence for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path where the field is, in the field-path language of
 *     {@link dev.mlbom.schema.RequiredField}, e.g. {@code /datasets[]/consent} (every dataset, at
 *     least one)
 * @param why what the field shows, in a sentence
 * @param evidences the entries it is evidence for, in catalog order
 */
public record FieldEvidence(FieldPath path, String why, List<CatalogEntry> evidences) {

    /** Checks the invariants and copies the list. */
    public FieldEvidence {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(why, "why");
        evidences = List.copyOf(evidences);
    }
}
