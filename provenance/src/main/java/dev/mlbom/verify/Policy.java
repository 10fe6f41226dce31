package dev.mlbom.verify;

import dev.mlbom.model.ManifestId;
import dev.mlbom.schema.Profiles;
import dev.mlbom.schema.RequiredFieldProfile;
import dev.mlbom.internal.VersionOrder;
import dev.mlbom.spi.SignatureVerifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a serving app trusts and requires before it loads a model: trusted keys (with validity
 * windows) and revoked ones, a k-of-n signature threshold, required manifest fields, artifact
 * checks, freshness and a minimum version.
 *
 * <p>Strict by default; every relaxation has a loud name ({@link Builder#allowUnexpectedFiles()},
 * {@link Builder#skipArtifactDigests()}, {@link Builder#allowExpiredKeys()},
 * {@link Builder#skipRequiredFields()}, {@link Builder#followSymlinksWithin(Path)}). A policy without trusted keys does not build. Load one
 * from YAML with {@link PolicyFile}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Policy {

    /** The largest clock skew a policy may allow: 10 minutes (as Tink's JWT validator). */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(10);

    private final List<TrustedKey> trustedKeys;
    private final Set<String> revokedKeyIds;
    private final int threshold;
    private final Optional<RequiredFieldProfile> requiredFields;
    private final boolean allowUnexpectedFiles;
    private final boolean skipArtifactDigests;
    private final boolean allowExpiredKeys;
    private final boolean skipArtifactChecks;
    private final Optional<Duration> maxAge;
    private final Duration clockSkew;
    private final Optional<String> minimumVersion;
    private final Optional<String> modelName;
    private final Optional<ManifestId> manifestId;
    private final Optional<Path> ancestorEnvelopes;
    private final Optional<Path> symlinkBoundary;

    private Policy(Builder b) {
        this.trustedKeys = List.copyOf(b.trustedKeys.values());
        this.revokedKeyIds = Set.copyOf(b.revokedKeyIds);
        this.threshold = b.threshold;
        this.requiredFields = b.requiredFields;
        this.allowUnexpectedFiles = b.allowUnexpectedFiles;
        this.skipArtifactDigests = b.skipArtifactDigests;
        this.allowExpiredKeys = b.allowExpiredKeys;
        this.skipArtifactChecks = b.skipArtifactChecks;
        this.maxAge = b.maxAge;
        this.clockSkew = b.clockSkew;
        this.minimumVersion = b.minimumVersion;
        this.modelName = b.modelName;
        this.manifestId = b.manifestId;
        this.ancestorEnvelopes = b.ancestorEnvelopes;
        this.symlinkBoundary = b.symlinkBoundary;
    }

    /**
     * Starts a policy. Defaults: threshold 1; required fields: the {@code minimum} profile;
     * unexpected files rejected; every listed file re-hashed; expired keys rejected; no maximum
     * age; clock skew 5 minutes; no minimum version; ancestors not required. The clock
     * checks are judged by belongs to the {@link Verifier} ({@code Verifier.Builder#clock}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The trusted keys, in the order added.
     *
     * @return an immutable list, never empty
     */
    public List<TrustedKey> trustedKeys() {
        return trustedKeys;
    }

    /**
     * Ids of revoked keys: signatures by them never count.
     *
     * @return an immutable set
     */
    public Set<String> revokedKeyIds() {
        return revokedKeyIds;
    }

    /**
     * How many distinct trusted keys must have signed.
     *
     * @return k of k-of-n, at least 1
     */
    public int threshold() {
        return threshold;
    }

    /**
     * The required-field profile the manifest must satisfy.
     *
     * @return the profile, or empty when required fields are not checked
     */
    public Optional<RequiredFieldProfile> requiredFields() {
        return requiredFields;
    }

    /**
     * Whether files the manifest does not list may be present in the model directory.
     *
     * @return true when relaxed
     */
    public boolean allowUnexpectedFiles() {
        return allowUnexpectedFiles;
    }

    /**
     * Whether listed files are only checked for presence and size, not re-hashed.
     *
     * @return true when relaxed
     */
    public boolean skipArtifactDigests() {
        return skipArtifactDigests;
    }

    /**
     * Whether signatures by keys outside their validity window still count.
     *
     * @return true when relaxed
     */
    public boolean allowExpiredKeys() {
        return allowExpiredKeys;
    }

    /**
     * The maximum age of the record, measured from its latest {@code signed} event.
     *
     * @return the age, or empty for no limit
     */
    public Optional<Duration> maxAge() {
        return maxAge;
    }

    /**
     * How far in the future a signing time may lie before it is refused.
     *
     * @return the tolerated skew
     */
    public Duration clockSkew() {
        return clockSkew;
    }

    /**
     * The lowest model version accepted (rollback protection).
     *
     * @return the version, or empty
     */
    public Optional<String> minimumVersion() {
        return minimumVersion;
    }

    /**
     * The name the verified model must have, so that another model signed by the same key cannot
     * be put in the place of the one the app means to load.
     *
     * @return the required name, or empty when any name is accepted
     */
    public Optional<String> modelName() {
        return modelName;
    }

    /**
     * The exact manifest the record must hold (pinning one release).
     *
     * @return the required manifest id, or empty
     */
    public Optional<ManifestId> manifestId() {
        return manifestId;
    }

    /**
     * The directory holding the envelopes of every ancestor, when the policy requires the chain
     * of custody to be verified.
     *
     * @return the directory, or empty when ancestors are not required
     */
    public Optional<Path> ancestorEnvelopes() {
        return ancestorEnvelopes;
    }

    /**
     * The directory that symlinks in the model directory may point into, when the policy follows
     * them (see {@link Builder#followSymlinksWithin(Path)}).
     *
     * @return the boundary, or empty when every symlink is refused (the default)
     */
    public Optional<Path> symlinkBoundary() {
        return symlinkBoundary;
    }

    /**
     * Finds a trusted key by id.
     *
     * @param keyId the key id
     * @return the key, or empty
     */
    public Optional<TrustedKey> trustedKey(String keyId) {
        return trustedKeys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    /**
     * This policy with artifact checks off, used to verify ancestors whose model files are not at
     * hand. Package-private: callers cannot weaken a policy this way.
     */
    Policy forAncestors() {
        Builder b = toBuilder();
        b.skipArtifactChecks = true;
        b.ancestorEnvelopes = Optional.empty();
        b.minimumVersion = Optional.empty();
        b.modelName = Optional.empty();
        b.manifestId = Optional.empty();
        return b.build();
    }

    /** Whether artifact checks are off entirely (only for ancestors). */
    boolean skipArtifactChecks() {
        return skipArtifactChecks;
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        trustedKeys.forEach(k -> b.trustedKeys.put(k.keyId(), k));
        b.revokedKeyIds.addAll(revokedKeyIds);
        b.threshold = threshold;
        b.requiredFields = requiredFields;
        b.allowUnexpectedFiles = allowUnexpectedFiles;
        b.skipArtifactDigests = skipArtifactDigests;
        b.allowExpiredKeys = allowExpiredKeys;
        b.maxAge = maxAge;
        b.clockSkew = clockSkew;
        b.minimumVersion = minimumVersion;
        b.modelName = modelName;
        b.manifestId = manifestId;
        b.ancestorEnvelopes = ancestorEnvelopes;
        b.symlinkBoundary = symlinkBoundary;
        return b;
    }

    /**
     * Builds a {@link Policy}. Not thread-safe.
     */
    public static final class Builder {
        private final Map<String, TrustedKey> trustedKeys = new LinkedHashMap<>();
        private final Set<String> revokedKeyIds = new LinkedHashSet<>();
        private int threshold = 1;
        private Optional<RequiredFieldProfile> requiredFields = Optional.of(Profiles.minimum());
        private boolean allowUnexpectedFiles;
        private boolean skipArtifactDigests;
        private boolean skipArtifactChecks;
        private boolean allowExpiredKeys;
        private Optional<Duration> maxAge = Optional.empty();
        private Duration clockSkew = Duration.ofMinutes(5);
        private Optional<String> minimumVersion = Optional.empty();
        private Optional<String> modelName = Optional.empty();
        private Optional<ManifestId> manifestId = Optional.empty();
        private Optional<Path> ancestorEnvelopes = Optional.empty();
        private Optional<Path> symlinkBoundary = Optional.empty();

        private Builder() {
        }

        /**
         * Trusts a key without a time limit.
         *
         * @param verifier the key's verifier
         * @return this builder
         */
        public Builder trust(SignatureVerifier verifier) {
            return trust(TrustedKey.of(verifier));
        }

        /**
         * Trusts a key within its window.
         *
         * @param key the key
         * @return this builder
         * @throws IllegalArgumentException when a key with the same id is already trusted
         */
        public Builder trust(TrustedKey key) {
            Objects.requireNonNull(key, "key");
            if (trustedKeys.putIfAbsent(key.keyId(), key) != null) {
                throw new IllegalArgumentException("key " + key.keyId() + " is trusted twice");
            }
            return this;
        }

        /**
         * Revokes a trusted key: signatures by it never count. The id is written as mlbom prints
         * it, 64 hex digits (the SHA-256 of the key's SPKI); upper case and a {@code sha256:}
         * prefix are accepted and normalised. A shortened id, an id with spaces, or one that names
         * no trusted key is refused when the policy is built: a revocation that matches nothing
         * would silently leave the compromised key trusted.
         *
         * @param keyId the full key id, e.g. from {@code mlbom inspect} or the key's {@code .pub}
         * @return this builder
         * @throws IllegalArgumentException when the id is empty, shortened or otherwise malformed
         */
        public Builder revoke(String keyId) {
            revokedKeyIds.add(KeyIdForm.normalise(keyId));
            return this;
        }

        /**
         * Requires k distinct trusted keys to have signed (k-of-n).
         *
         * @param k at least 1, at most the number of trusted keys
         * @return this builder
         */
        public Builder threshold(int k) {
            if (k < 1) {
                throw new IllegalArgumentException("threshold must be at least 1, got " + k);
            }
            this.threshold = k;
            return this;
        }

        /**
         * Requires the fields of a profile (default: the {@code minimum} profile).
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder requiredFields(RequiredFieldProfile profile) {
            this.requiredFields = Optional.of(Objects.requireNonNull(profile, "profile"));
            return this;
        }

        /**
         * Relaxation: do not check required fields (the schema is still checked).
         *
         * @return this builder
         */
        public Builder skipRequiredFields() {
            this.requiredFields = Optional.empty();
            return this;
        }

        /**
         * Relaxation: accept files in the model directory that the manifest does not list.
         *
         * @return this builder
         */
        public Builder allowUnexpectedFiles() {
            this.allowUnexpectedFiles = true;
            return this;
        }

        /**
         * Relaxation: follow symlinks in the model directory whose real path stays inside
         * {@code boundary} (by default every symlink is refused with {@code ARTIFACT_UNREADABLE}).
         * For models served straight from a cache that stores files once and links to them, such
         * as the Hugging Face hub cache ({@code models--org--name/snapshots/<rev>/*} link to
         * {@code ../../blobs/}): pass the {@code models--org--name} directory. Every listed file is
         * still re-hashed through its link and must match; links that leave the boundary, loops and
         * links to special files are still refused.
         *
         * @param boundary the directory the links' targets must stay in
         * @return this builder
         */
        public Builder followSymlinksWithin(Path boundary) {
            this.symlinkBoundary = Optional.of(Objects.requireNonNull(boundary, "boundary"));
            return this;
        }

        /**
         * Relaxation: check listed files for presence and size only, without re-hashing them.
         *
         * @return this builder
         */
        public Builder skipArtifactDigests() {
            this.skipArtifactDigests = true;
            return this;
        }

        /**
         * Relaxation: count signatures by keys outside their validity window.
         *
         * @return this builder
         */
        public Builder allowExpiredKeys() {
            this.allowExpiredKeys = true;
            return this;
        }

        /**
         * Refuses records whose latest {@code signed} event is older than this.
         *
         * @param age the maximum age, positive
         * @return this builder
         */
        public Builder maxAge(Duration age) {
            if (age.isNegative() || age.isZero()) {
                throw new IllegalArgumentException("maxAge must be positive, got " + age);
            }
            this.maxAge = Optional.of(age);
            return this;
        }

        /**
         * Sets how far in the future a signing time may lie (default 5 minutes, at most
         * {@link Policy#MAX_CLOCK_SKEW}: a larger tolerance would let a record signed with a wrong clock
         * pass freshness checks for its whole life).
         *
         * @param skew the tolerance, from zero to 10 minutes
         * @return this builder
         * @throws IllegalArgumentException when the skew is negative or above 10 minutes
         */
        public Builder clockSkew(Duration skew) {
            Objects.requireNonNull(skew, "skew");
            if (skew.isNegative() || skew.compareTo(MAX_CLOCK_SKEW) > 0) {
                throw new IllegalArgumentException("clockSkew must be between 0 and " + MAX_CLOCK_SKEW.toMinutes()
                        + " minutes, got " + skew);
            }
            this.clockSkew = skew;
            return this;
        }

        /**
         * Refuses models whose version is lower than this (rollback protection). Versions are
         * SemVer 2.0 or PEP 440 public versions, ordered by their specifications (a pre-release
         * ranks below its release: {@code 2.3.0rc1 < 2.3.0}); a model version that is neither is
         * refused as {@code ROLLBACK}.
         *
         * @param version e.g. {@code 2.3.0}
         * @return this builder
         * @throws IllegalArgumentException when {@code version} is not a SemVer or PEP 440 version
         *     (e.g. {@code 2.x}, {@code latest}); the message says what to write
         */
        public Builder minimumVersion(String version) {
            Objects.requireNonNull(version, "version");
            VersionOrder.require(version);
            this.minimumVersion = Optional.of(version);
            return this;
        }

        /**
         * Requires the model's name (the manifest's {@code model.name}): the gate then refuses a
         * record of any other model with {@code MODEL_MISMATCH}, even one signed by a trusted key.
         * Set it whenever a minimum version is set, so versions are never compared across models.
         *
         * @param name e.g. {@code acme/support-bot}
         * @return this builder
         * @throws IllegalArgumentException when the name is blank
         */
        public Builder requireModel(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("the required model name is blank");
            }
            this.modelName = Optional.of(name);
            return this;
        }

        /**
         * Pins one exact record: the verified manifest's id must equal this one.
         *
         * @param id the manifest id, e.g. from {@code mlbom canon --id}
         * @return this builder
         */
        public Builder requireManifestId(ManifestId id) {
            this.manifestId = Optional.of(Objects.requireNonNull(id, "id"));
            return this;
        }

        /**
         * Requires the chain of custody: every ancestor named in the lineage must have its envelope
         * in this directory, and each must verify under this same policy (without artifact checks,
         * as ancestors' files are usually not at hand).
         *
         * @param envelopesDir a directory of {@code *.mlbom.json} envelopes
         * @return this builder
         */
        public Builder requireVerifiedAncestors(Path envelopesDir) {
            this.ancestorEnvelopes = Optional.of(Objects.requireNonNull(envelopesDir, "envelopesDir"));
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalStateException when no key is trusted, a revoked id names no trusted key, or
         *     the threshold exceeds the number of trusted keys (revoked keys count here, so that a
         *     policy that revokes its only key still loads and refuses every model with
         *     {@code KEY_REVOKED})
         */
        public Policy build() {
            if (trustedKeys.isEmpty()) {
                throw new IllegalStateException("a policy must trust at least one key; an empty trust set"
                        + " would accept nothing (add one with trust(...))");
            }
            Map<String, String> keyBySpki = new LinkedHashMap<>();
            for (TrustedKey key : trustedKeys.values()) {
                java.util.Optional<byte[]> spki = key.verifier().publicKeySpki();
                if (spki.isPresent()) {
                    String other = keyBySpki.putIfAbsent(java.util.HexFormat.of().formatHex(spki.get()), key.keyId());
                    if (other != null) {
                        throw new IllegalStateException("the same public key is trusted twice, under ids " + other
                                + " and " + key.keyId() + "; it would count twice towards the threshold: trust it once");
                    }
                }
            }
            for (String revoked : revokedKeyIds) {
                if (!trustedKeys.containsKey(revoked)) {
                    throw new IllegalStateException("revoked key " + revoked + " is not among the trusted keys ("
                            + String.join(", ", trustedKeys.keySet()) + "); a revocation must name a trusted key by"
                            + " its full id, or it protects nothing");
                }
            }
            if (minimumVersion.isPresent() && modelName.isEmpty()) {
                throw new IllegalStateException("a minimum version " + minimumVersion.get() + " without the model's"
                        + " name would compare versions across models (another model 9.0 would pass): add"
                        + " requireModel(name) (policy files: model.name)");
            }
            if (threshold > trustedKeys.size()) {
                throw new IllegalStateException("threshold " + threshold + " exceeds the " + trustedKeys.size()
                        + " trusted keys; no envelope could ever pass");
            }
            return new Policy(this);
        }
    }

    /**
     * A short description for logs: keys, threshold and relaxations; never key material.
     *
     * @return e.g. {@code Policy[keys=2, threshold=1, profile=minimum, relaxations=[allowUnexpectedFiles]]}
     */
    @Override
    public String toString() {
        List<String> relaxations = new ArrayList<>();
        if (allowUnexpectedFiles) {
            relaxations.add("allowUnexpectedFiles");
        }
        if (skipArtifactDigests) {
            relaxations.add("skipArtifactDigests");
        }
        if (allowExpiredKeys) {
            relaxations.add("allowExpiredKeys");
        }
        if (requiredFields.isEmpty()) {
            relaxations.add("skipRequiredFields");
        }
        if (symlinkBoundary.isPresent()) {
            relaxations.add("followSymlinksWithin");
        }
        return "Policy[keys=" + trustedKeys.size() + ", threshold=" + threshold + ", profile="
                + requiredFields.map(RequiredFieldProfile::name).orElse("none") + ", relaxations=" + relaxations + "]";
    }
}
