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

    /**
     * Starts a {@code ParentModel} field by field, so that a field added in a later version does not
     * break callers. Relation, name and version are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ParentModel}; the record's constructor checks the values. Not thread-safe. */
    public static final class Builder {
        private LineageRelation relation;
        private String relationOther;
        private String name;
        private String version;
        private ManifestId manifestId;

        private Builder() {
        }

        /**
         * Sets how the model derives from this parent.
         *
         * @param relation the value
         * @return this builder
         */
        public Builder relation(LineageRelation relation) {
            this.relation = relation;
            return this;
        }

        /**
         * Sets the relation in words when it is {@code OTHER}.
         *
         * @param relationOther the value (may be null: absent)
         * @return this builder
         */
        public Builder relationOther(String relationOther) {
            this.relationOther = relationOther;
            return this;
        }

        /**
         * Sets the parent's name.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the parent's version.
         *
         * @param version the value
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * Sets the parent's manifest id.
         *
         * @param manifestId the value (may be null: absent)
         * @return this builder
         */
        public Builder manifestId(ManifestId manifestId) {
            this.manifestId = manifestId;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws InvalidManifestException listing every problem, by field name
         */
        public ParentModel build() {
            return new ParentModel(relation, Optional.ofNullable(relationOther), name, version, Optional.ofNullable(manifestId));
        }
    }
}
