package dev.mlbom.model;

import java.util.Optional;

/**
 * A model this model derives from.
 *
 * @param relation how it derives (fine-tune, adapter, quantization, merge, ...)
 * @param relationOther the relation, when {@code relation} is {@code OTHER}
 * @param name the parent's name
 * @param version the parent's version
 * @param manifestId the parent's manifest id, when the parent has an mlbom manifest
 */
public record ParentModel(LineageRelation relation, Optional<String> relationOther, String name, String version,
        Optional<ManifestId> manifestId) {

    /** Checks the invariants. */
    public ParentModel {
        Check check = new Check();
        check.required("relation", relation);
        relationOther = check.other("relation", relation, LineageRelation.OTHER, relationOther);
        check.text("name", name);
        check.text("version", version);
        manifestId = check.optional(manifestId);
        check.done();
    }

    /**
     * The parent's {@code name@version}.
     *
     * @return e.g. {@code meta-llama/Llama-3.1-8B@r1}
     */
    public String coordinates() {
        return name + "@" + version;
    }
}
