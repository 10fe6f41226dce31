package dev.mlbom.sign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.ProvenanceFormat;
import dev.mlbom.dsse.Dsse;
import dev.mlbom.dsse.Envelope;
import dev.mlbom.dsse.EnvelopeException;
import dev.mlbom.dsse.EnvelopeJson;
import dev.mlbom.dsse.Statement;
import dev.mlbom.dsse.SignedEnvelope;
import dev.mlbom.dsse.StatementCodec;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.hash.ArtifactHasher;
import dev.mlbom.hash.HashingException;
import dev.mlbom.internal.AtomicFiles;
import dev.mlbom.internal.VersionOrder;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.Event;
import dev.mlbom.model.InvalidManifestException;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.ModelInfo;
import dev.mlbom.model.Problem;
import dev.mlbom.spi.Signer;
import dev.mlbom.spi.SigningException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a model's provenance at the end of a training job: hashes the model's files into the
 * manifest, records a {@code signed} event, wraps the manifest in an in-toto Statement, signs it
 * as a DSSE envelope and writes {@code <model>.mlbom.json} beside the model, atomically.
 *
 * <pre>{@code
 * SignedProvenance signed = ProvenanceSigner.builder()
 *     .signer(KeyFiles.readPrivateKey(keyPath).signer())
 *     .build()
 *     .sign(manifest, Path.of("out/support-bot"));
 * }</pre>
 *
 * <p>Logs through SLF4J at INFO what was signed (model name and version, manifest id, file
 * count, key ids and algorithms) and where the envelope was written; never key material.
 *
 * <p>Immutable and thread-safe when its signers and hasher are.
 */
public final class ProvenanceSigner {

    private static final Logger LOG = LoggerFactory.getLogger(ProvenanceSigner.class);

    private static final StatementCodec STATEMENTS = StatementCodec.canonical();

    private final List<Signer> signers;
    private final ArtifactHasher hasher;
    private final Clock clock;
    private final Optional<String> actor;

    private ProvenanceSigner(Builder builder) {
        this.signers = List.copyOf(builder.signers);
        this.hasher = builder.hasher;
        this.clock = builder.clock;
        this.actor = builder.actor;
    }

    /**
     * Starts a signer. Defaults: SHA-256 per-file hashing with the default {@link ArtifactHasher};
     * the system UTC clock; the event's actor is the signing key ids. At least one signer is
     * required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Hashes, signs and writes the envelope beside the model.
     *
     * @param manifest the manifest; its artifact list is replaced by the files found
     * @param model the model directory (or a single model file)
     * @return what was signed and where it was written
     * @throws HashingException when the model's files cannot be hashed safely
     * @throws ManifestException when the manifest cannot take the signed event (events out of time order)
     * @throws SigningException when a signer fails
     * @throws SignOutputException when the envelope cannot be written (nothing partial is left), or
     *     {@code NO_ENVELOPE_PATH} when the model path has no file name (e.g. {@code /})
     */
    public SignedProvenance sign(Manifest manifest, Path model)
            throws HashingException, ManifestException, SigningException, SignOutputException {
        Path envelopePath;
        try {
            envelopePath = ProvenanceFormat.envelopePathFor(model);
        } catch (IllegalArgumentException e) {
            throw new SignOutputException(SignOutputException.Reason.NO_ENVELOPE_PATH, e.getMessage(), e);
        }
        return sign(manifest, model, envelopePath);
    }

    /**
     * Hashes, signs and writes the envelope to a chosen path.
     *
     * @param manifest the manifest; its artifact list is replaced by the files found
     * @param model the model directory (or a single model file)
     * @param envelopePath where to write the envelope (replaced atomically when it exists)
     * @return what was signed and where it was written
     * @throws HashingException when the model's files cannot be hashed safely
     * @throws ManifestException when the manifest cannot take the signed event
     * @throws SigningException when a signer fails
     * @throws SignOutputException when the envelope cannot be written (nothing partial is left), or
     *     {@code NO_ENVELOPE_PATH} when the envelope path has no file name (e.g. {@code /})
     */
    public SignedProvenance sign(Manifest manifest, Path model, Path envelopePath)
            throws HashingException, ManifestException, SigningException, SignOutputException {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(envelopePath, "envelopePath");
        if (envelopePath.toAbsolutePath().normalize().getFileName() == null) {
            throw new SignOutputException(SignOutputException.Reason.NO_ENVELOPE_PATH, "the envelope path "
                    + envelopePath + " has no file name, so no envelope can be written there; give a file path such"
                    + " as model.mlbom.json", null);
        }
        String versionProblem = VersionOrder.problem(manifest.model().version());
        if (versionProblem != null) {
            // a verifier could not order it against a minimum version: refuse before hashing
            throw new ManifestException(ManifestException.Reason.INVALID,
                    List.of(new Problem("/model/version", versionProblem)), null);
        }
        List<Artifact> artifacts = hash(model);
        Manifest signedManifest = withArtifactsAndSignedEvent(manifest, artifacts);
        JsonNode predicate = JacksonTrees.toTree(signedManifest);
        Statement statement = new Statement(Statement.subjectsOf(artifacts), ProvenanceFormat.PREDICATE_TYPE,
                JacksonTrees.toValue(predicate));
        SignedEnvelope signed;
        try {
            signed = Dsse.signDetailed(ProvenanceFormat.PAYLOAD_TYPE, STATEMENTS.encode(statement), signers);
        } catch (EnvelopeException e) {
            throw new ManifestException(ManifestException.Reason.INVALID, List.of(new Problem("",
                    "the manifest cannot be written as canonical JSON (" + e.getMessage()
                            + "); remove lone surrogate characters from its text")), e);
        }
        Envelope envelope = signed.envelope();
        byte[] json = EnvelopeJson.strict().write(envelope);
        try {
            Path parent = envelopePath.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFiles.write(envelopePath, json);
        } catch (IOException e) {
            throw new SignOutputException(SignOutputException.Reason.IO_ERROR, "could not write the envelope to "
                    + envelopePath + " (" + e.getMessage() + "); check the directory exists and is writable", e);
        }
        SignedProvenance result = new SignedProvenance(signedManifest, JacksonTrees.manifestId(predicate), envelope,
                envelopePath, signed.results());
        if (LOG.isInfoEnabled()) {
            LOG.info("signed model {} (manifest {}, {} file(s) from {}) with {}; envelope written to {}",
                    signedManifest.model().coordinates(), result.manifestId(), artifacts.size(), model,
                    signers.stream().map(s -> s.keyId() + " (" + s.algorithm().id() + ")")
                            .collect(Collectors.joining(", ")),
                    envelopePath);
        }
        return result;
    }

    private List<Artifact> hash(Path model) throws HashingException {
        Objects.requireNonNull(model, "model");
        if (Files.isRegularFile(model, LinkOption.NOFOLLOW_LINKS)) {
            Path absolute = model.toAbsolutePath();
            return List.of(hasher.hashFile(absolute.getParent(), absolute.getFileName().toString()));
        }
        return hasher.hashDirectory(model);
    }

    private Manifest withArtifactsAndSignedEvent(Manifest manifest, List<Artifact> artifacts)
            throws ManifestException {
        ModelInfo m = manifest.model();
        List<Event> events = new ArrayList<>(manifest.events());
        String who = actor.orElseGet(() -> signers.stream().map(Signer::keyId).collect(Collectors.joining(",")));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        events.add(new Event(who, Optional.of(ProvenanceFormat.SIGNER_ROLE), ProvenanceFormat.SIGNED_ACTION, now));
        try {
            ModelInfo model = new ModelInfo(m.name(), m.version(), m.architecture(), m.family(), m.task(),
                    m.description(), m.source(), m.license(), m.restrictions(), artifacts);
            return new Manifest(model, manifest.datasets(), manifest.training(), manifest.evaluation(),
                    manifest.operations(), manifest.dependencies(), manifest.lineage(), events, manifest.extensions());
        } catch (InvalidManifestException e) {
            throw new ManifestException(ManifestException.Reason.INVALID, e.problems(), e);
        }
    }

    /**
     * Builds a {@link ProvenanceSigner}. Not thread-safe.
     */
    public static final class Builder {
        private final List<Signer> signers = new ArrayList<>();
        private ArtifactHasher hasher = ArtifactHasher.builder().build();
        private Clock clock = Clock.systemUTC();
        private Optional<String> actor = Optional.empty();

        private Builder() {
        }

        /**
         * Adds a signer; each adds one signature to the envelope.
         *
         * @param signer the signer (built-in, KMS, HSM, ...)
         * @return this builder
         */
        public Builder signer(Signer signer) {
            signers.add(Objects.requireNonNull(signer, "signer"));
            return this;
        }

        /**
         * Sets how model files are hashed (algorithms, sharding, threads, ignore rules, progress).
         *
         * @param hasher the hasher
         * @return this builder
         */
        public Builder hasher(ArtifactHasher hasher) {
            this.hasher = Objects.requireNonNull(hasher, "hasher");
            return this;
        }

        /**
         * Sets the clock for the signing time (default the system UTC clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Names who signs in the {@code signed} event (default: the signing key ids).
         *
         * @param actor e.g. {@code ci/release-pipeline}
         * @return this builder
         */
        public Builder actor(String actor) {
            this.actor = Optional.of(Objects.requireNonNull(actor, "actor"));
            return this;
        }

        /**
         * Builds the signer.
         *
         * @return the signer
         * @throws IllegalStateException when no signer was added
         */
        public ProvenanceSigner build() {
            if (signers.isEmpty()) {
                throw new IllegalStateException("add at least one signer with signer(...)");
            }
            return new ProvenanceSigner(this);
        }
    }
}
