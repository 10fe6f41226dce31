package dev.mlbom.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A dataset used to train, tune, evaluate, align or serve the model.
 *
 * @param name the dataset's name (unique within a manifest)
 * @param version its version or snapshot, e.g. {@code 2026-10-01}
 * @param uri where it is
 * @param digest a digest of the snapshot used
 * @param role what it was used for
 * @param roleOther the role, when {@code role} is {@code OTHER}
 * @param sourceType how it was obtained
 * @param sourceTypeOther the source, when {@code sourceType} is {@code OTHER}
 * @param license its license
 * @param consent whether the people in it consented
 * @param filtering filtering steps applied (deduplication, toxicity filter, ...)
 * @param preprocessing pre-processing steps applied (tokenisation, PII redaction, ...)
 * @param knownBiases known biases or gaps
 * @param size its size
 * @param personalData whether and which personal data it holds
 */
public record Dataset(String name, Optional<String> version, Optional<String> uri, Optional<Digest> digest,
        DatasetRole role, Optional<String> roleOther, Optional<DatasetSourceType> sourceType,
        Optional<String> sourceTypeOther, Optional<License> license, Optional<ConsentStatus> consent,
        List<String> filtering, List<String> preprocessing, List<String> knownBiases, Optional<DatasetSize> size,
        Optional<PersonalData> personalData) {

    /** Checks the invariants and copies the lists. */
    public Dataset {
        Check check = new Check();
        check.text("name", name);
        version = check.optionalText("version", version);
        uri = check.optionalText("uri", uri);
        digest = check.optional(digest);
        check.required("role", role);
        roleOther = check.other("role", role, DatasetRole.OTHER, roleOther);
        sourceType = check.optional(sourceType);
        sourceTypeOther = check.other("sourceType", sourceType.orElse(null), DatasetSourceType.OTHER, sourceTypeOther);
        license = check.optional(license);
        consent = check.optional(consent);
        filtering = check.texts("filtering", filtering);
        preprocessing = check.texts("preprocessing", preprocessing);
        knownBiases = check.texts("knownBiases", knownBiases);
        size = check.optional(size);
        personalData = check.optional(personalData);
        check.done();
    }

    /**
     * The dataset's {@code name@version}, or its name when it has no version.
     *
     * @return e.g. {@code support-tickets@2026-10-01}
     */
    public String coordinates() {
        return version.map(v -> name + "@" + v).orElse(name);
    }

    /**
     * Creates a builder. Defaults: every optional value empty, every list empty; role is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Dataset}. Not thread-safe.
     */
    public static final class Builder {
        private String name;
        private String version;
        private String uri;
        private Supplier<Digest> digest;
        private DatasetRole role;
        private String roleOther;
        private DatasetSourceType sourceType;
        private String sourceTypeOther;
        private Supplier<License> license;
        private ConsentStatus consent;
        private final List<String> filtering = new ArrayList<>();
        private final List<String> preprocessing = new ArrayList<>();
        private final List<String> knownBiases = new ArrayList<>();
        private Supplier<DatasetSize> size;
        private Supplier<PersonalData> personalData;

        private Builder() {
        }

        /**
         * Sets the name (required).
         *
         * @param name e.g. {@code support-tickets}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the version or snapshot.
         *
         * @param version e.g. {@code 2026-10-01}
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * Sets where the dataset is.
         *
         * @param uri e.g. {@code s3://acme-data/support-tickets/2026-10-01/}
         * @return this builder
         */
        public Builder uri(String uri) {
            this.uri = uri;
            return this;
        }

        /**
         * Sets the digest of the snapshot.
         *
         * @param algorithm the algorithm
         * @param hex the digest in lower-case hex
         * @return this builder
         */
        public Builder digest(HashAlgorithm algorithm, String hex) {
            this.digest = () -> {
                try {
                    return new Digest(algorithm, hex);
                } catch (IllegalArgumentException e) {
                    throw new InvalidManifestException(List.of(new Problem("", e.getMessage())));
                }
            };
            return this;
        }

        /**
         * Sets the role (required).
         *
         * @param role what it was used for
         * @return this builder
         */
        public Builder role(DatasetRole role) {
            this.role = role;
            this.roleOther = null;
            return this;
        }

        /**
         * Sets a role that is not in {@link DatasetRole}.
         *
         * @param description what it was used for
         * @return this builder
         */
        public Builder otherRole(String description) {
            this.role = DatasetRole.OTHER;
            this.roleOther = description;
            return this;
        }

        /**
         * Sets how it was obtained.
         *
         * @param sourceType the source type
         * @return this builder
         */
        public Builder sourceType(DatasetSourceType sourceType) {
            this.sourceType = sourceType;
            this.sourceTypeOther = null;
            return this;
        }

        /**
         * Sets a source type that is not in {@link DatasetSourceType}.
         *
         * @param description how it was obtained
         * @return this builder
         */
        public Builder otherSourceType(String description) {
            this.sourceType = DatasetSourceType.OTHER;
            this.sourceTypeOther = description;
            return this;
        }

        /**
         * Sets the license by SPDX expression.
         *
         * @param spdxExpression e.g. {@code CC-BY-4.0}
         * @return this builder
         */
        public Builder license(String spdxExpression) {
            this.license = () -> License.spdx(spdxExpression);
            return this;
        }

        /**
         * Sets the license.
         *
         * @param license the license
         * @return this builder
         */
        public Builder license(License license) {
            this.license = () -> license;
            return this;
        }

        /**
         * Sets the consent status.
         *
         * @param consent whether the people in it consented
         * @return this builder
         */
        public Builder consent(ConsentStatus consent) {
            this.consent = consent;
            return this;
        }

        /**
         * Adds a filtering step.
         *
         * @param step e.g. {@code near-duplicate removal (MinHash, 0.8)}
         * @return this builder
         */
        public Builder filtering(String step) {
            filtering.add(step);
            return this;
        }

        /**
         * Adds a pre-processing step.
         *
         * @param step e.g. {@code PII redaction}
         * @return this builder
         */
        public Builder preprocessing(String step) {
            preprocessing.add(step);
            return this;
        }

        /**
         * Adds a known bias or gap.
         *
         * @param bias e.g. {@code English only}
         * @return this builder
         */
        public Builder knownBias(String bias) {
            knownBiases.add(bias);
            return this;
        }

        /**
         * Sets the size in records.
         *
         * @param records number of records
         * @return this builder
         */
        public Builder records(long records) {
            this.size = () -> new DatasetSize(Optional.of(records), Optional.empty(), Optional.empty());
            return this;
        }

        /**
         * Sets the size.
         *
         * @param size the size
         * @return this builder
         */
        public Builder size(DatasetSize size) {
            this.size = () -> size;
            return this;
        }

        /**
         * Records that the dataset holds personal data of these kinds.
         *
         * @param handling how it is protected, or null
         * @param categories kinds of personal data
         * @return this builder
         */
        public Builder personalData(String handling, String... categories) {
            this.personalData = () -> new PersonalData(true, List.of(categories), Optional.ofNullable(handling));
            return this;
        }

        /**
         * Records that the dataset holds no personal data.
         *
         * @return this builder
         */
        public Builder noPersonalData() {
            this.personalData = () -> new PersonalData(false, List.of(), Optional.empty());
            return this;
        }

        /**
         * Builds the dataset.
         *
         * @return the record
         * @throws InvalidManifestException listing every problem
         */
        public Dataset build() {
            Assembly assembly = new Assembly();
            Digest builtDigest = digest == null ? null : assembly.part("/digest", digest);
            License builtLicense = license == null ? null : assembly.part("/license", license);
            DatasetSize builtSize = size == null ? null : assembly.part("/size", size);
            PersonalData builtPersonal = personalData == null ? null : assembly.part("/personalData", personalData);
            return assembly.finish(() -> new Dataset(name, Optional.ofNullable(version), Optional.ofNullable(uri),
                    Optional.ofNullable(builtDigest), role, Optional.ofNullable(roleOther),
                    Optional.ofNullable(sourceType), Optional.ofNullable(sourceTypeOther),
                    Optional.ofNullable(builtLicense), Optional.ofNullable(consent), filtering, preprocessing,
                    knownBiases, Optional.ofNullable(builtSize), Optional.ofNullable(builtPersonal)));
        }
    }
}
