package dev.mlbom.verify;

import dev.mlbom.ProvenanceFormat;
import dev.mlbom.spi.VerificationMaterial;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Where a {@link Verifier} takes a signed envelope from: a file (by default the one beside the
 * model), bytes already in memory (an HTTP response, a registry blob, an OCI referrer) or a
 * stream. Reading is bounded ({@link ProvenanceFormat#MAX_DOCUMENT_BYTES}) and refuses special
 * files, so a hostile source cannot exhaust memory or block the gate. Material that came with the
 * envelope (a certificate chain) can be attached with {@link #withMaterial}.
 *
 * <pre>{@code
 * EnvelopeSource beside = EnvelopeSource.besideModel(model);              // <model>.mlbom.json
 * EnvelopeSource fetched = EnvelopeSource.of(response.body(), "https://registry/acme/bot/2.3.0");
 * }</pre>
 *
 * <p>Immutable and thread-safe, except that a stream source can be read once.
 */
public final class EnvelopeSource {

    private final String description;
    private final Path file;
    private final byte[] bytes;
    private final InputStream stream;
    private final VerificationMaterial material;
    /** Why there is no envelope to read (a model path without a file name), or null. */
    private final String unavailable;

    private EnvelopeSource(String description, Path file, byte[] bytes, InputStream stream,
            VerificationMaterial material) {
        this(description, file, bytes, stream, material, null);
    }

    private EnvelopeSource(String description, Path file, byte[] bytes, InputStream stream,
            VerificationMaterial material, String unavailable) {
        this.unavailable = unavailable;
        this.description = description;
        this.file = file;
        this.bytes = bytes;
        this.stream = stream;
        this.material = material;
    }

    /**
     * The envelope file at a path.
     *
     * @param file the envelope file
     * @return the source
     */
    public static EnvelopeSource file(Path file) {
        Objects.requireNonNull(file, "file");
        return new EnvelopeSource(file.toString(), file, null, null, VerificationMaterial.NONE);
    }

    /**
     * The envelope beside a model, where {@code ProvenanceSigner} writes it:
     * {@code <model>.mlbom.json}.
     *
     * @param model the model directory or file
     * @return the source
     * @throws IllegalArgumentException when the model path has no file name (e.g. {@code /})
     */
    public static EnvelopeSource besideModel(Path model) {
        return file(ProvenanceFormat.envelopePathFor(model));
    }

    /**
     * The envelope beside a model, or, when the model path has no file name, a source whose reading
     * fails with the reason (the verifier reports it as {@code ENVELOPE_NOT_FOUND}).
     *
     * @param model the model directory or file
     * @return the source
     */
    static EnvelopeSource besideModelOrUnavailable(Path model) {
        Objects.requireNonNull(model, "model");
        try {
            return besideModel(model);
        } catch (IllegalArgumentException e) {
            return new EnvelopeSource("(no envelope beside " + model + ")", null, null, null, VerificationMaterial.NONE,
                    e.getMessage());
        }
    }

    /**
     * An envelope already in memory.
     *
     * @param json the envelope's JSON bytes (copied)
     * @param description where the bytes came from, for messages (no secrets)
     * @return the source
     */
    public static EnvelopeSource of(byte[] json, String description) {
        Objects.requireNonNull(json, "json");
        return new EnvelopeSource(describe(description), null, json.clone(), null, VerificationMaterial.NONE);
    }

    /**
     * An envelope to be read from a stream, once, up to the size limit. The verifier does not
     * close the stream.
     *
     * @param in the stream
     * @param description where the stream comes from, for messages (no secrets)
     * @return the source
     */
    public static EnvelopeSource of(InputStream in, String description) {
        Objects.requireNonNull(in, "in");
        return new EnvelopeSource(describe(description), null, null, in, VerificationMaterial.NONE);
    }

    /**
     * The same source with material that came with the envelope, e.g. the certificate chain of
     * an OpenSSF Model Signing bundle, handed to every trusted verifier with each signature.
     *
     * @param material the material (unauthenticated until a verifier has checked it)
     * @return a new source
     */
    public EnvelopeSource withMaterial(VerificationMaterial material) {
        return new EnvelopeSource(description, file, bytes, stream, Objects.requireNonNull(material, "material"),
                unavailable);
    }

    /**
     * Where the envelope comes from.
     *
     * @return a path or the caller's description
     */
    public String description() {
        return description;
    }

    /**
     * The material that came with the envelope.
     *
     * @return the material; {@link VerificationMaterial#NONE} by default
     */
    public VerificationMaterial material() {
        return material;
    }

    /**
     * Reads the envelope's bytes.
     *
     * @param maxBytes the most bytes to accept
     * @return the bytes
     * @throws NoSuchFileException when the file does not exist
     * @throws IOException when it cannot be read, is not a regular file, or is larger than the limit
     */
    byte[] read(int maxBytes) throws IOException {
        if (unavailable != null) {
            throw new Unavailable(unavailable);
        }
        if (bytes != null) {
            if (bytes.length > maxBytes) {
                throw new TooLarge(description, maxBytes);
            }
            return bytes.clone();
        }
        if (stream != null) {
            return readBounded(stream, maxBytes);
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new IOException(file + " is not a regular file");
        }
        if (attributes.size() > maxBytes) {
            throw new TooLarge(description, maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readBounded(in, maxBytes);
        }
    }

    private byte[] readBounded(InputStream in, int maxBytes) throws IOException {
        byte[] read = in.readNBytes(maxBytes + 1);
        if (read.length > maxBytes) {
            throw new TooLarge(description, maxBytes);
        }
        return read;
    }

    private static String describe(String description) {
        Objects.requireNonNull(description, "description");
        return description.isBlank() ? "(envelope given by the caller)" : description;
    }

    @Override
    public String toString() {
        return "EnvelopeSource[" + description + "]";
    }

    /** There is no envelope to read: the model path has no default envelope place. */
    static final class Unavailable extends IOException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /** The envelope is larger than the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String description, int maxBytes) {
            super("the envelope " + description + " is larger than " + maxBytes + " bytes");
        }
    }
}
