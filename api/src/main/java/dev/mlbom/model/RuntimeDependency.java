package dev.mlbom.model;

import java.util.Optional;

/**
 * A component the deployed model depends on at run time: a corpus, a vector index, a prompt
 * template, a tool invoker, a filter, a policy, a library.
 *
 * @param name the component's name (unique within a manifest)
 * @param kind what it is
 * @param kindOther what it is, when {@code kind} is {@code OTHER}
 * @param version its version
 * @param uri where it is
 * @param digest a digest that pins it
 */
public record RuntimeDependency(String name, ComponentKind kind, Optional<String> kindOther, Optional<String> version,
        Optional<String> uri, Optional<Digest> digest) {

    /** Checks the invariants. */
    public RuntimeDependency {
        Check check = new Check();
        check.text("name", name);
        check.required("kind", kind);
        kindOther = check.other("kind", kind, ComponentKind.OTHER, kindOther);
        version = check.optionalText("version", version);
        uri = check.optionalText("uri", uri);
        digest = check.optional(digest);
        check.done();
    }

    /**
     * Starts a {@code RuntimeDependency} field by field, so that a field added in a later version does not
     * break callers. Name and kind are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RuntimeDependency}; the record's constructor checks the values. Not thread-safe. */
    public static final class Builder {
        private String name;
        private ComponentKind kind;
        private String kindOther;
        private String version;
        private String uri;
        private Digest digest;

        private Builder() {
        }

        /**
         * Sets the component's name.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets what kind of component it is.
         *
         * @param kind the value
         * @return this builder
         */
        public Builder kind(ComponentKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the kind in words when the kind is {@code OTHER}.
         *
         * @param kindOther the value (may be null: absent)
         * @return this builder
         */
        public Builder kindOther(String kindOther) {
            this.kindOther = kindOther;
            return this;
        }

        /**
         * Sets its version.
         *
         * @param version the value (may be null: absent)
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * Sets where it comes from.
         *
         * @param uri the value (may be null: absent)
         * @return this builder
         */
        public Builder uri(String uri) {
            this.uri = uri;
            return this;
        }

        /**
         * Sets its digest.
         *
         * @param digest the value (may be null: absent)
         * @return this builder
         */
        public Builder digest(Digest digest) {
            this.digest = digest;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws InvalidManifestException listing every problem, by field name
         */
        public RuntimeDependency build() {
            return new RuntimeDependency(name, kind, Optional.ofNullable(kindOther), Optional.ofNullable(version), Optional.ofNullable(uri), Optional.ofNullable(digest));
        }
    }
}
