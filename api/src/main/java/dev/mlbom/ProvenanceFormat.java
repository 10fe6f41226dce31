package dev.mlbom;

import dev.mlbom.model.Event;
import dev.mlbom.model.Manifest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The constants of mlbom's signed provenance format, in one place: the in-toto predicate type,
 * the name of the envelope file beside a model, and the event that records the signing time.
 * The signer writes them and the verifier checks them; nobody else spells them.
 *
 * <p>A signed record is a DSSE envelope (payload type {@value #PAYLOAD_TYPE}) over an in-toto
 * Statement v1 ({@value #STATEMENT_TYPE}) whose predicate type is {@value #PREDICATE_TYPE} and
 * whose predicate is the manifest.
 *
 * <p>Not instantiable; stateless and thread-safe.
 */
public final class ProvenanceFormat {

    /** The predicate type of mlbom provenance statements. */
    public static final String PREDICATE_TYPE = "https://mlbom.dev/provenance/v1";

    /** The DSSE payload type of an in-toto Statement. */
    public static final String PAYLOAD_TYPE = "application/vnd.in-toto+json";

    /** The {@code _type} of an in-toto Statement v1. */
    public static final String STATEMENT_TYPE = "https://in-toto.io/Statement/v1";

    /** The action of the event the signer records; its timestamp is the signing time. */
    public static final String SIGNED_ACTION = "signed";

    /** The role of the event the signer records. */
    public static final String SIGNER_ROLE = "signer";

    /** The file name suffix of envelopes: {@code <model>.mlbom.json}. */
    public static final String ENVELOPE_SUFFIX = ".mlbom.json";

    /**
     * The largest envelope or manifest document mlbom reads by default, in bytes (64 MiB); one
     * limit for the codec, the canonicalizer and the envelope reader.
     */
    public static final int MAX_DOCUMENT_BYTES = 64 << 20;

    private ProvenanceFormat() {
    }

    /**
     * Where the envelope of a model lives by default: beside the model directory (or file), named
     * after it, {@code out/support-bot} → {@code out/support-bot.mlbom.json}.
     *
     * @param model the model directory or single model file
     * @return the envelope's path
     * @throws IllegalArgumentException when the path has no file name (e.g. {@code /})
     */
    public static Path envelopePathFor(Path model) {
        Objects.requireNonNull(model, "model");
        Path absolute = model.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("the model path " + model + " has no file name, so its envelope has"
                    + " no default place; give the envelope's path");
        }
        Path parent = absolute.getParent();
        return parent.resolve(name + ENVELOPE_SUFFIX);
    }

    /**
     * The signing time of a record: the latest timestamp of its {@value #SIGNED_ACTION} events.
     * The verifier's freshness check, {@code mlbom inspect} and every report use this one
     * definition.
     *
     * @param manifest the manifest
     * @return the signing time, or empty when the record was never signed by mlbom
     */
    public static Optional<Instant> signingTime(Manifest manifest) {
        return manifest.events().stream().filter(e -> SIGNED_ACTION.equals(e.action())).map(Event::timestamp)
                .max(Instant::compareTo);
    }
}
