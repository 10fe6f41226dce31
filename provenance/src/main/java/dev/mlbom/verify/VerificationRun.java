package dev.mlbom.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.ProvenanceFormat;
import dev.mlbom.canonical.CanonicalizationException;
import dev.mlbom.canonical.Canonicalizer;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.dsse.DsseVerification;
import dev.mlbom.dsse.Dsse;
import dev.mlbom.dsse.Envelope;
import dev.mlbom.dsse.EnvelopeException;
import dev.mlbom.dsse.EnvelopeJson;
import dev.mlbom.dsse.Statement;
import dev.mlbom.dsse.jackson.StatementTrees;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.dsse.Subject;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.ManifestId;
import dev.mlbom.model.Problem;
import dev.mlbom.schema.CompletenessReport;
import dev.mlbom.schema.RequiredField;
import dev.mlbom.schema.RequiredFieldProfile;
import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import dev.mlbom.spi.InvalidSignatureException;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.verify.VerificationException.Reason;
import dev.mlbom.internal.VersionOrder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One verification of one model: runs the checks in {@link CheckName} order and keeps their
 * results. Not thread-safe; one instance per call.
 *
 * <p>Logs through SLF4J (logger {@code dev.mlbom.verify.Verifier}): each check's outcome at DEBUG,
 * the verdict at INFO. Logged: check names, reason codes, messages, the model's name and version,
 * the manifest id and where the envelope came from; never signatures, payloads or key material.
 */
final class VerificationRun {

    private static final Logger LOG = LoggerFactory.getLogger(Verifier.class);

    private static final Canonicalizer CANONICALIZER = Canonicalizer.strict();
    private static final int MAX_PROBLEMS_IN_MESSAGE = 5;

    private final RunContext context;
    private final Policy policy;
    private final ModelFiles model;
    private final EnvelopeSource source;
    /** Where the envelope came from, for messages. */
    private final String envelopePath;
    private final boolean stopAtFirstFailure;
    private final Map<CheckName, CheckResult> results = new EnumMap<>(CheckName.class);

    private Envelope envelope;
    /** The statement, its predicate as parsed (a Jackson tree, bound and checked in place, never converted). */
    private StatementTrees.Parsed statement;
    private JsonNode predicate;
    private Manifest manifest;
    private ManifestId manifestId;
    private List<String> signerKeyIds = List.of();
    private Optional<Instant> signedAt = Optional.empty();
    private Throwable lastFailureCause;

    VerificationRun(RunContext context, ModelFiles model, EnvelopeSource source, boolean stopAtFirstFailure) {
        this.context = context;
        this.policy = context.policy();
        this.model = model;
        this.source = source;
        this.envelopePath = source.description();
        this.stopAtFirstFailure = stopAtFirstFailure;
    }

    /**
     * Runs the checks.
     *
     * @return the verified provenance when every check passed; empty in reporting mode otherwise
     * @throws VerificationException at the first failure, when stopping at the first failure
     */
    Optional<VerifiedProvenance> execute() throws VerificationException {
        if (!run(CheckName.ENVELOPE, this::checkEnvelope)) {
            return finish();
        }
        run(CheckName.SIGNATURES, this::checkSignatures);
        if (!run(CheckName.STATEMENT, this::checkStatement)) {
            return finish();
        }
        boolean schemaValid = run(CheckName.SCHEMA, this::checkSchema);
        if (schemaValid) {
            run(CheckName.IDENTITY, this::checkIdentity);
        }
        run(CheckName.REQUIRED_FIELDS, this::checkRequiredFields);
        if (!schemaValid) {
            return finish();
        }
        run(CheckName.SUBJECTS, this::checkSubjects);
        run(CheckName.FRESHNESS, this::checkFreshness);
        run(CheckName.ROLLBACK, this::checkRollback);
        run(CheckName.ARTIFACTS, this::checkArtifacts);
        run(CheckName.LINEAGE, this::checkLineage);
        return finish();
    }

    /** The manifest, once the schema check has bound it. */
    Optional<Manifest> manifest() {
        return Optional.ofNullable(manifest);
    }

    VerificationReport report() {
        List<CheckResult> all = new ArrayList<>();
        for (CheckName check : CheckName.values()) {
            all.add(results.getOrDefault(check, CheckResult.skipped(check, "not run: an earlier check failed")));
        }
        return new VerificationReport(model.location(), envelopePath, all);
    }

    private Optional<VerifiedProvenance> finish() {
        VerificationReport report = report();
        boolean identityRequired = policy.modelName().isPresent() || policy.manifestId().isPresent();
        boolean mandatoryPassed = passed(CheckName.ENVELOPE) && passed(CheckName.SIGNATURES)
                && passed(CheckName.STATEMENT) && passed(CheckName.SCHEMA) && passed(CheckName.SUBJECTS)
                && (!identityRequired || passed(CheckName.IDENTITY))
                && passed(CheckName.FRESHNESS) && (passed(CheckName.ARTIFACTS) || policy.skipArtifactChecks());
        if (report.firstFailure().isPresent() || !mandatoryPassed) {
            logRefused(report.firstFailure().orElse(null));
            return Optional.empty();
        }
        if (LOG.isInfoEnabled()) {
            LOG.info("verified model {} (manifest {}) from envelope {}, signed by {}", manifest.model().coordinates(),
                    manifestId, envelopePath, signerKeyIds);
        }
        return Optional.of(new VerifiedProvenance(manifest, manifestId, model, envelopePath, signerKeyIds, signedAt,
                report));
    }

    private void logRefused(CheckResult failure) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String coordinates = manifest != null ? manifest.model().coordinates() : "(not read)";
        String id = manifestId != null ? manifestId.toString() : "(not computed)";
        if (failure == null) {
            LOG.info("refused model {} (manifest {}) from envelope {}: a required check did not pass", coordinates, id,
                    envelopePath);
        } else {
            LOG.info("refused model {} (manifest {}) from envelope {}: {}: {}", coordinates, id, envelopePath,
                    failure.reason().map(Enum::name).orElse("FAILED"), failure.message());
        }
    }

    private boolean passed(CheckName check) {
        CheckResult result = results.get(check);
        return result != null && result.status() == CheckResult.Status.PASSED;
    }

    private boolean run(CheckName check, Step step) throws VerificationException {
        CheckResult result;
        try {
            result = step.run();
        } catch (Failure failure) {
            lastFailureCause = failure.getCause();
            result = CheckResult.failed(check, failure.reason, failure.detail(), failure.getMessage());
        }
        results.put(check, result);
        if (LOG.isDebugEnabled()) {
            LOG.debug("check {} {}{}: {}", check.name().toLowerCase(Locale.ROOT),
                    result.status().name().toLowerCase(Locale.ROOT),
                    result.reason().map(r -> " (" + r.name() + ")").orElse(""), result.message());
        }
        if (result.status() == CheckResult.Status.FAILED && stopAtFirstFailure) {
            logRefused(result);
            throw new VerificationException(result.reason().orElseThrow(), result.message(), report(),
                    lastFailureCause);
        }
        return result.status() != CheckResult.Status.FAILED;
    }

    // ---- ENVELOPE ----

    private CheckResult checkEnvelope() throws Failure {
        if (model instanceof LocalModelFiles local && !Files.exists(local.path(), LinkOption.NOFOLLOW_LINKS)) {
            throw new Failure(Reason.MODEL_NOT_FOUND, "model " + local.path()
                    + " does not exist; check the path the app loads");
        }
        byte[] bytes;
        try {
            bytes = source.read(ProvenanceFormat.MAX_DOCUMENT_BYTES);
        } catch (NoSuchFileException e) {
            throw new Failure(Reason.ENVELOPE_NOT_FOUND, "no envelope at " + envelopePath
                    + "; sign the model (mlbom sign) or give the envelope's path", e);
        } catch (EnvelopeSource.Unavailable e) {
            throw new Failure(Reason.ENVELOPE_NOT_FOUND, e.getMessage(), e);
        } catch (EnvelopeSource.TooLarge e) {
            throw new Failure(Reason.ENVELOPE_MALFORMED, e.getMessage() + "; an mlbom envelope is far smaller,"
                    + " so this is not one", e);
        } catch (IOException e) {
            throw new Failure(Reason.ENVELOPE_NOT_FOUND, "the envelope " + envelopePath + " cannot be read ("
                    + e.getMessage() + "); check the path and its permissions", e);
        }
        try {
            envelope = EnvelopeJson.strict().read(bytes);
        } catch (EnvelopeException e) {
            throw new Failure(Reason.ENVELOPE_MALFORMED, "envelope " + envelopePath + " is malformed ("
                    + e.reasonCode() + "): " + e.getMessage() + "; re-sign the model", e);
        }
        if (!Statement.PAYLOAD_TYPE.equals(envelope.payloadType())) {
            throw new Failure(Reason.PAYLOAD_TYPE_MISMATCH, "envelope " + envelopePath + " has payloadType '"
                    + envelope.payloadType() + "', expected '" + Statement.PAYLOAD_TYPE
                    + "'; this is not an mlbom provenance envelope");
        }
        return CheckResult.passed(CheckName.ENVELOPE, "envelope " + envelopePath + " read: "
                + envelope.signatures().size() + " signature(s)");
    }

    // ---- SIGNATURES ----

    private CheckResult checkSignatures() throws Failure {
        List<SignatureVerifier> all = policy.trustedKeys().stream().map(TrustedKey::verifier).toList();
        // every signature is checked against the trusted keys, valid or not, before deciding
        DsseVerification verification = Dsse.verify(envelope, all, source.material());
        Instant now = context.clock().instant();
        List<String> countable = new ArrayList<>();
        List<String> revoked = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        List<String> notYetValid = new ArrayList<>();
        for (TrustedKey key : policy.trustedKeys()) {
            if (!verification.verifiedKeyIds().contains(key.keyId())) {
                continue;
            }
            if (policy.revokedKeyIds().contains(key.keyId())) {
                revoked.add(key.displayName());
            } else if (!policy.allowExpiredKeys() && key.validUntil().isPresent() && !now.isBefore(key.validUntil().get())) {
                expired.add(key.displayName() + " (valid until " + key.validUntil().get() + ")");
            } else if (!policy.allowExpiredKeys() && key.validFrom().isPresent() && now.isBefore(key.validFrom().get())) {
                notYetValid.add(key.displayName() + " (valid from " + key.validFrom().get() + ")");
            } else {
                countable.add(key.keyId());
            }
        }
        signerKeyIds = List.copyOf(countable);
        if (countable.size() >= policy.threshold()) {
            return CheckResult.passed(CheckName.SIGNATURES, "signed by " + countable.size() + " trusted key(s), "
                    + policy.threshold() + " required: " + names(countable));
        }
        if (!verification.rejected().isEmpty()) {
            DsseVerification.Rejected first = verification.rejected().get(0);
            if (first.reason() == InvalidSignatureException.Reason.CERTIFICATE_UNTRUSTED) {
                throw new Failure(Reason.UNTRUSTED_KEY, "signature " + first.index() + " in " + envelopePath
                        + " is not by a key the policy trusts: " + first.message());
            }
            throw new Failure(Reason.SIGNATURE_INVALID, "signature " + first.index() + " in " + envelopePath
                    + " by trusted key " + abbreviate(first.keyid()) + " does not verify: the payload or the signature"
                    + " was changed after signing; do not use this model, re-sign it from a trusted build");
        }
        if (countable.isEmpty() && !revoked.isEmpty()) {
            throw new Failure(Reason.KEY_REVOKED, "the envelope is signed only by revoked key(s): " + revoked
                    + "; re-sign the model with a current key");
        }
        if (countable.isEmpty() && !expired.isEmpty()) {
            throw new Failure(Reason.KEY_EXPIRED, "the envelope is signed only by expired key(s): " + expired
                    + "; re-sign the model with a current key");
        }
        if (countable.isEmpty() && !notYetValid.isEmpty()) {
            throw new Failure(Reason.KEY_NOT_YET_VALID, "the envelope is signed only by key(s) not valid yet: "
                    + notYetValid + "; check the policy's key windows and the clock");
        }
        if (!countable.isEmpty()) {
            throw new Failure(Reason.THRESHOLD_NOT_MET, "signed by " + countable.size() + " trusted key(s) but the"
                    + " policy requires " + policy.threshold() + ": " + names(countable)
                    + "; collect the missing signatures");
        }
        String seen = envelope.signatures().stream().map(s -> abbreviate(s.keyid().isEmpty() ? "(no keyid)" : s.keyid()))
                .collect(Collectors.joining(", "));
        throw new Failure(Reason.UNTRUSTED_KEY, "no signature in " + envelopePath + " is by a key the policy trusts"
                + " (signed by: " + seen + "); add the signer's public key to the policy if you trust it");
    }

    private String names(List<String> keyIds) {
        return keyIds.stream().map(id -> policy.trustedKey(id).map(TrustedKey::displayName).orElse(id))
                .collect(Collectors.joining(", "));
    }

    // ---- STATEMENT ----

    private CheckResult checkStatement() throws Failure {
        byte[] payload = envelope.payload();
        try {
            if (!Arrays.equals(CANONICALIZER.canonicalize(payload), payload)) {
                throw new Failure(Reason.PAYLOAD_NOT_CANONICAL, "the payload of " + envelopePath
                        + " is not RFC 8785 canonical JSON; mlbom signs canonical bytes only, so it was not made by"
                        + " mlbom or was re-encoded; re-sign the model");
            }
        } catch (CanonicalizationException e) {
            throw new Failure(Reason.ENVELOPE_MALFORMED, "the payload of " + envelopePath + " is not valid JSON ("
                    + e.reasonCode() + "): " + e.getMessage(), e);
        }
        try {
            statement = StatementTrees.open(envelope, ProvenanceFormat.PREDICATE_TYPE);
            predicate = statement.predicate();
        } catch (EnvelopeException e) {
            if (e.reason() == EnvelopeException.Reason.PREDICATE_TYPE_MISMATCH) {
                throw new Failure(Reason.PREDICATE_TYPE_MISMATCH, "the statement in " + envelopePath
                        + " is not mlbom provenance: " + e.getMessage(), e);
            }
            throw new Failure(Reason.ENVELOPE_MALFORMED, "the statement in " + envelopePath + " is malformed ("
                    + e.reasonCode() + "): " + e.getMessage(), e);
        }
        return CheckResult.passed(CheckName.STATEMENT, "canonical in-toto Statement v1 with predicate "
                + ProvenanceFormat.PREDICATE_TYPE + ", " + statement.subjects().size() + " subject(s)");
    }

    // ---- SCHEMA ----

    private CheckResult checkSchema() throws Failure {
        try {
            manifest = JacksonTrees.fromTree(ManifestCodec.json(), predicate);
        } catch (ManifestException e) {
            throw new Failure(Reason.SCHEMA_INVALID, "the manifest in " + envelopePath + " is invalid: "
                    + describe(e.problems()) + "; fix the manifest and sign again", e);
        }
        manifestId = JacksonTrees.manifestId(predicate);
        return CheckResult.passed(CheckName.SCHEMA, "manifest " + manifest.model().coordinates() + " (" + manifestId
                + ") is valid");
    }

    // ---- IDENTITY ----

    private CheckResult checkIdentity() throws Failure {
        if (policy.modelName().isEmpty() && policy.manifestId().isEmpty()) {
            return CheckResult.skipped(CheckName.IDENTITY, "the policy names no model; any model its keys signed passes");
        }
        String name = manifest.model().name();
        if (policy.modelName().isPresent() && !policy.modelName().get().equals(name)) {
            throw new Failure(Reason.MODEL_MISMATCH, "the envelope " + envelopePath + " is a record of "
                    + manifest.model().coordinates() + ", but the policy expects model " + policy.modelName().get()
                    + "; another model was put in the place of the one to load: do not load it");
        }
        if (policy.manifestId().isPresent() && !policy.manifestId().get().equals(manifestId)) {
            throw new Failure(Reason.MODEL_MISMATCH, "the envelope " + envelopePath + " holds manifest " + manifestId
                    + ", but the policy pins " + policy.manifestId().get() + "; deploy the pinned release or update"
                    + " the pin");
        }
        return CheckResult.passed(CheckName.IDENTITY, "the record is of " + manifest.model().coordinates()
                + (policy.manifestId().isPresent() ? " with the pinned manifest id" : ", the model the policy names"));
    }

    // ---- REQUIRED_FIELDS ----

    private CheckResult checkRequiredFields() throws Failure {
        Optional<RequiredFieldProfile> profile = policy.requiredFields();
        if (profile.isEmpty()) {
            return CheckResult.skipped(CheckName.REQUIRED_FIELDS, "the policy skips required fields");
        }
        CompletenessReport completeness = JacksonTrees.check(profile.get(), predicate);
        if (!completeness.isComplete()) {
            throw new Failure(Reason.REQUIRED_FIELD_MISSING, "the manifest lacks field(s) that profile '"
                    + profile.get().name() + "' requires: " + completeness.missing().stream().map(RequiredField::path)
                            .collect(Collectors.joining(", "))
                    + "; add them to the manifest and sign again");
        }
        return CheckResult.passed(CheckName.REQUIRED_FIELDS, "every field of profile '" + profile.get().name()
                + "' is present");
    }

    // ---- SUBJECTS ----

    private CheckResult checkSubjects() throws Failure {
        List<Subject> expected = sortedByName(Statement.subjectsOf(manifest.model().artifacts()));
        List<Subject> actual = sortedByName(statement.subjects());
        if (!expected.equals(actual)) {
            throw new Failure(Reason.SUBJECT_MISMATCH, "the statement's subjects in " + envelopePath
                    + " differ from the manifest's artifacts (" + actual.size() + " subjects, " + expected.size()
                    + " expected); the envelope was not made by mlbom's signer; re-sign the model");
        }
        return CheckResult.passed(CheckName.SUBJECTS, actual.size() + " subject(s) match the manifest's artifacts");
    }

    private static List<Subject> sortedByName(List<Subject> subjects) {
        List<Subject> sorted = new ArrayList<>(subjects);
        sorted.sort(Comparator.comparing(Subject::name));
        return sorted;
    }

    // ---- FRESHNESS ----

    private CheckResult checkFreshness() throws Failure {
        signedAt = ProvenanceFormat.signingTime(manifest);
        Instant now = context.clock().instant();
        // no Instant arithmetic: now + skew can pass Instant.MAX; the difference of two instants always fits
        if (signedAt.isPresent() && Duration.between(now, signedAt.get()).compareTo(policy.clockSkew()) > 0) {
            throw new Failure(Reason.NOT_YET_VALID, "the record says it was signed at " + signedAt.get()
                    + ", later than now (" + now + ") plus the allowed clock skew " + Durations.human(policy.clockSkew())
                    + "; check the signing machine's clock and this one's");
        }
        if (policy.maxAge().isEmpty()) {
            return CheckResult.passed(CheckName.FRESHNESS, signedAt.map(t -> "signed at " + t).orElse("no signing time")
                    + "; the policy sets no maximum age");
        }
        Duration maxAge = policy.maxAge().get();
        if (signedAt.isEmpty()) {
            throw new Failure(Reason.EXPIRED, "the record has no '" + ProvenanceFormat.SIGNED_ACTION
                    + "' event, so its age is unknown and the policy's maximum age " + Durations.human(maxAge)
                    + " cannot be met; re-sign the model with mlbom");
        }
        Duration age = Duration.between(signedAt.get(), now);
        if (age.compareTo(maxAge) > 0) {
            throw new Failure(Reason.EXPIRED, "the record was signed at " + signedAt.get() + ", " + Durations.human(age)
                    + " ago, more than the policy's maximum age " + Durations.human(maxAge)
                    + "; re-sign or re-certify the model");
        }
        return CheckResult.passed(CheckName.FRESHNESS, "signed at " + signedAt.get() + ", within the maximum age "
                + Durations.human(maxAge));
    }

    // ---- ROLLBACK ----

    private CheckResult checkRollback() throws Failure {
        if (policy.minimumVersion().isEmpty()) {
            return CheckResult.skipped(CheckName.ROLLBACK, "the policy sets no minimum version");
        }
        String minimum = policy.minimumVersion().get();
        String version = manifest.model().version();
        String problem = VersionOrder.problem(version);
        if (problem != null) {
            throw new Failure(Reason.ROLLBACK, "model " + manifest.model().coordinates() + " has a version the"
                    + " policy's minimum " + minimum + " cannot be compared with: " + problem
                    + "; re-sign the model with a SemVer or PEP 440 version");
        }
        if (!VersionOrder.isAtLeast(version, minimum)) {
            throw new Failure(Reason.ROLLBACK, "model " + manifest.model().coordinates() + " is older than the"
                    + " minimum version " + minimum + " the policy accepts; deploy " + minimum + " or later");
        }
        return CheckResult.passed(CheckName.ROLLBACK, "version " + version + " >= minimum " + minimum);
    }

    // ---- ARTIFACTS ----

    private CheckResult checkArtifacts() throws Failure {
        if (policy.skipArtifactChecks()) {
            return CheckResult.skipped(CheckName.ARTIFACTS, "artifacts are not checked for ancestors");
        }
        String summary = new ArtifactCheck(model, manifest.model().artifacts(), context).run();
        return CheckResult.passed(CheckName.ARTIFACTS, summary);
    }

    // ---- LINEAGE ----

    private CheckResult checkLineage() throws Failure {
        if (policy.ancestorEnvelopes().isEmpty()) {
            return CheckResult.skipped(CheckName.LINEAGE, "the policy does not require verified ancestors");
        }
        String summary = new AncestorCheck(context).run(manifest);
        return CheckResult.passed(CheckName.LINEAGE, summary);
    }

    static String describe(List<Problem> problems) {
        String shown = problems.stream().limit(MAX_PROBLEMS_IN_MESSAGE).map(Problem::toString)
                .collect(Collectors.joining("; "));
        return problems.size() > MAX_PROBLEMS_IN_MESSAGE
                ? shown + "; and " + (problems.size() - MAX_PROBLEMS_IN_MESSAGE) + " more" : shown;
    }

    static String abbreviate(String keyId) {
        return keyId.length() > 16 ? keyId.substring(0, 16) + "..." : keyId;
    }

    /** One check's body. */
    @FunctionalInterface
    private interface Step {
        CheckResult run() throws Failure;
    }

    /** A failed check, with its reason and the failure behind it. Thrown inside the run only. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        Failure(Reason reason, String message) {
            this(reason, message, null);
        }

        Failure(Reason reason, String message, Throwable cause) {
            super(message, cause, false, false);
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }

        /** The most specific mlbom reason behind this failure, from its cause. */
        Optional<ReasonCode> detail() {
            return getCause() instanceof MlbomException inner ? Optional.of(inner.innermostReason())
                    : Optional.empty();
        }
    }
}
