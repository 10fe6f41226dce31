package dev.mlbom.verify;

import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A provenance record that passed every check of a {@link Policy}. Only the {@link Verifier}
 * makes one (there is no public constructor): holding one means the signatures, schema, required
 * fields, artifacts on disk, freshness, version and (when required) lineage were all verified.
 *
 * <p>Immutable and thread-safe.
 */
public final class VerifiedProvenance {

    private final Manifest manifest;
    private final ManifestId manifestId;
    private final ModelFiles model;
    private final String envelope;
    private final List<String> signerKeyIds;
    private final Optional<Instant> signedAt;
    private final VerificationReport report;

    VerifiedProvenance(Manifest manifest, ManifestId manifestId, ModelFiles model, String envelope, List<String> signerKeyIds,
            Optional<Instant> signedAt, VerificationReport report) {
        this.manifest = Objects.requireNonNull(manifest);
        this.manifestId = Objects.requireNonNull(manifestId);
        this.model = Objects.requireNonNull(model);
        this.envelope = Objects.requireNonNull(envelope);
        this.signerKeyIds = List.copyOf(signerKeyIds);
        this.signedAt = Objects.requireNonNull(signedAt);
        this.report = Objects.requireNonNull(report);
    }

    /**
     * The verified manifest.
     *
     * @return the manifest
     */
    public Manifest manifest() {
        return manifest;
    }

    /**
     * The manifest's identity ({@code sha256:} over its canonical bytes).
     *
     * @return the id
     */
    public ManifestId manifestId() {
        return manifestId;
    }

    /**
     * The model that was verified.
     *
     * @return the model's files
     */
    public ModelFiles model() {
        return model;
    }

    /**
     * Where the verified envelope came from.
     *
     * @return its path or the caller's description of it
     */
    public String envelope() {
        return envelope;
    }

    /**
     * The ids of the trusted keys whose signatures verified, in policy order.
     *
     * @return an immutable list with at least the policy's threshold of ids
     */
    public List<String> signerKeyIds() {
        return signerKeyIds;
    }

    /**
     * When the record was signed, from its latest {@code signed} event.
     *
     * @return the time, or empty when the record has no such event
     */
    public Optional<Instant> signedAt() {
        return signedAt;
    }

    /**
     * The outcome of every check.
     *
     * @return the report; every check passed or was skipped by the policy
     */
    public VerificationReport report() {
        return report;
    }

    /**
     * The verification report as JSON ({@link VerificationReport#toJson()}) with the verified
     * identity added: {@code "manifestId"} ({@code sha256:...}), {@code "modelName"},
     * {@code "modelVersion"}, {@code "signerKeyIds"} (an array) and {@code "signedAt"} (ISO-8601,
     * or null). The shape is stable: members may be added, never renamed or removed. What
     * {@code mlbom verify --json} prints.
     *
     * @return the JSON text, without a final line feed
     */
    public String toJson() {
        com.fasterxml.jackson.databind.node.ObjectNode doc = report.tree();
        doc.put("manifestId", manifestId.toString());
        doc.put("modelName", manifest.model().name());
        doc.put("modelVersion", manifest.model().version());
        com.fasterxml.jackson.databind.node.ArrayNode keys = doc.putArray("signerKeyIds");
        signerKeyIds.forEach(keys::add);
        doc.put("signedAt", signedAt.map(Instant::toString).orElse(null));
        return VerificationReport.write(doc);
    }

    @Override
    public String toString() {
        return "VerifiedProvenance[" + manifest.model().coordinates() + ", " + manifestId + ", signed by "
                + signerKeyIds.size() + " key(s)]";
    }
}
