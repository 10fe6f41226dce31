package dev.mlbom.codec;

import dev.mlbom.codec.internal.Bindings;
import dev.mlbom.codec.internal.TextWriter;
import dev.mlbom.codec.internal.TreeBinder;
import dev.mlbom.codec.internal.TreeReader;
import dev.mlbom.codec.internal.Values;
import dev.mlbom.internal.AtomicFiles;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.ManifestException.Reason;
import dev.mlbom.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes manifests as JSON or YAML.
 *
 * <pre>{@code
 * ManifestCodec json = ManifestCodec.json();
 * byte[] text = json.write(manifest);          // deterministic, pretty-printed JSON
 * Manifest again = json.read(text);            // strict: every problem reported at once
 * ManifestCodec.forPath(path).write(manifest, path);   // atomic; format from the extension
 * }</pre>
 *
 * <p><b>Reading is strict.</b> Duplicate member names, trailing content and syntax errors are
 * {@code MALFORMED} (with line and column); documents beyond the {@link ReadLimits} are
 * {@code TOO_LARGE}; YAML anchors, aliases, explicit tags and extra documents are
 * {@code UNSUPPORTED_YAML}; a {@code schema} this version does not read is
 * {@code UNSUPPORTED_VERSION}; unknown members (outside {@code /extensions} and
 * {@code /training/hyperparameters/other}), wrong types, missing required members and values that
 * break the model's rules are {@code INVALID}, all of them listed in one exception, each with its
 * JSON Pointer. Documents are bound to the model by a binder that checks every rule of the
 * version's JSON Schema ({@code dev.mlbom.schema.ManifestSchema}) and the model's own rules, so a
 * document binding accepts is valid against the schema; when binding finds problems, the schema
 * validator runs too and its violations join the report, each defect reported once. Callers who
 * want the schema validator run on every document anyway (it costs far more than binding) use
 * {@link #alwaysValidateSchema()}.
 *
 * <p><b>Writing is deterministic.</b> The top-level {@code schema} member comes first, then members
 * in record-component order; map members sorted by name; empty optionals, lists and maps left out;
 * integral numbers without a fraction, others in their shortest form; JSON indented with two
 * spaces and ending in a newline.
 *
 * <p>Each schema version has its own binding over the one model; reading picks the binding by the
 * document's {@code schema} member, writing uses the current version ({@link Manifest#SCHEMA_V1}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ManifestCodec {

    private static final ManifestCodec JSON = new ManifestCodec(ManifestFormat.JSON, ReadLimits.DEFAULTS, false);
    private static final ManifestCodec YAML = new ManifestCodec(ManifestFormat.YAML, ReadLimits.DEFAULTS, false);

    private final ManifestFormat format;
    private final ReadLimits limits;
    private final boolean alwaysValidateSchema;
    private final TreeReader reader;
    private final TextWriter writer;

    private ManifestCodec(ManifestFormat format, ReadLimits limits, boolean alwaysValidateSchema) {
        this.format = format;
        this.limits = limits;
        this.alwaysValidateSchema = alwaysValidateSchema;
        boolean yaml = format == ManifestFormat.YAML;
        this.reader = new TreeReader(yaml, limits.maxDocumentBytes(), limits.maxDepth(), limits.maxStringLength());
        this.writer = yaml ? TextWriter.yaml() : TextWriter.json();
    }

    /**
     * The JSON codec with {@link ReadLimits#DEFAULTS}.
     *
     * @return a shared instance
     */
    public static ManifestCodec json() {
        return JSON;
    }

    /**
     * The YAML codec with {@link ReadLimits#DEFAULTS}.
     *
     * @return a shared instance
     */
    public static ManifestCodec yaml() {
        return YAML;
    }

    /**
     * The codec of a format with default limits.
     *
     * @param format JSON or YAML
     * @return a shared instance
     */
    public static ManifestCodec of(ManifestFormat format) {
        return Objects.requireNonNull(format, "format") == ManifestFormat.JSON ? JSON : YAML;
    }

    /**
     * The codec for a file, chosen by its extension ({@code .json}, {@code .yaml}, {@code .yml}, any case).
     *
     * @param path the file
     * @return the codec with default limits
     * @throws IllegalArgumentException when the extension is none of those
     */
    public static ManifestCodec forPath(Path path) {
        Optional<ManifestFormat> format = ManifestFormat.of(path);
        if (format.isEmpty()) {
            throw new IllegalArgumentException("cannot tell the manifest format of " + path
                    + " from its name; use a .json, .yaml or .yml file or pick ManifestCodec.json()/yaml()");
        }
        return of(format.get());
    }

    /**
     * This codec with other read limits.
     *
     * @param limits the limits
     * @return a new codec
     */
    public ManifestCodec withLimits(ReadLimits limits) {
        return new ManifestCodec(format, Objects.requireNonNull(limits, "limits"), alwaysValidateSchema);
    }

    /**
     * This codec, running the JSON Schema validator on every document read, also on those binding
     * accepted. Binding already enforces every rule of the schema (a document it accepts is valid),
     * so this only costs time; it is for callers who want the independent second check anyway. By
     * default the validator runs only on documents binding rejects, to add its findings to the report.
     *
     * @return a new codec
     */
    public ManifestCodec alwaysValidateSchema() {
        return new ManifestCodec(format, limits, true);
    }

    /**
     * Whether this codec runs the schema validator on every document ({@link #alwaysValidateSchema()}).
     *
     * @return true when it does; false by default
     */
    public boolean validatesSchemaAlways() {
        return alwaysValidateSchema;
    }

    /**
     * The format of this codec.
     *
     * @return JSON or YAML
     */
    public ManifestFormat format() {
        return format;
    }

    /**
     * The read limits of this codec.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a manifest.
     *
     * @param bytes the document (UTF-8)
     * @return the manifest
     * @throws ManifestException listing every problem found
     */
    public Manifest read(byte[] bytes) throws ManifestException {
        return TreeBinder.bind(reader.read(Objects.requireNonNull(bytes, "bytes")), alwaysValidateSchema);
    }

    /**
     * Reads a manifest from a stream, reading at most the size limit plus one byte. The stream is
     * not closed.
     *
     * @param in the stream
     * @return the manifest
     * @throws ManifestException listing every problem found; IO_ERROR when reading failed
     */
    public Manifest read(InputStream in) throws ManifestException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) limits.maxDocumentBytes() + 1);
        } catch (IOException e) {
            throw new ManifestException(Reason.IO_ERROR, List.of(new Problem("", "could not read the manifest: "
                    + e.getMessage())), e);
        }
        return read(bytes);
    }

    /**
     * Reads a manifest file (in this codec's format, whatever its name).
     *
     * @param path the file
     * @return the manifest
     * @throws ManifestException listing every problem found (pointers into the file); IO_ERROR
     *     when the file cannot be read
     */
    public Manifest read(Path path) throws ManifestException {
        try {
            dev.mlbom.internal.BoundedFiles.requireRegularFile(path); // a FIFO or device is not opened
            long size = Files.size(path);
            if (size > limits.maxDocumentBytes()) {
                throw ManifestException.of(Reason.TOO_LARGE, "", path + " has " + size + " bytes, more than the"
                        + " limit of " + limits.maxDocumentBytes() + "; raise ReadLimits.maxDocumentBytes if expected");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(in);
            }
        } catch (NoSuchFileException e) {
            throw ManifestException.of(Reason.IO_ERROR, "", "no manifest at " + path);
        } catch (dev.mlbom.internal.BoundedFiles.NotRegularFile e) {
            throw new ManifestException(Reason.IO_ERROR, List.of(new Problem("", path + " " + e.getReason())), e);
        } catch (IOException e) {
            throw new ManifestException(Reason.IO_ERROR, List.of(new Problem("", "could not read " + path + ": "
                    + e.getMessage())), e);
        }
    }

    /**
     * Writes a manifest as text.
     *
     * @param manifest the manifest
     * @return UTF-8 text ending in a newline; the same manifest always gives the same bytes
     */
    public byte[] write(Manifest manifest) {
        return writer.write(Bindings.current().toTree(Objects.requireNonNull(manifest, "manifest")));
    }

    /**
     * Writes a manifest to a file atomically: a temporary file in the same directory is written,
     * forced to disk and moved over the target, so the target is never left partial.
     *
     * @param manifest the manifest
     * @param path the file; replaced when it exists
     * @throws ManifestException IO_ERROR when the file cannot be written (the target is then unchanged)
     */
    public void write(Manifest manifest, Path path) throws ManifestException {
        byte[] bytes = write(manifest);
        try {
            AtomicFiles.write(path, bytes);
        } catch (IOException e) {
            throw new ManifestException(Reason.IO_ERROR, List.of(new Problem("", "could not write " + path + ": "
                    + e.getMessage())), e);
        }
    }

    /**
     * The manifest's JSON form in the current schema version; the same for every format. Object
     * members are in the order {@link #write(Manifest)} writes them.
     *
     * @param manifest the manifest
     * @return an immutable JSON object
     */
    public JsonValue toTree(Manifest manifest) {
        return Values.value(Bindings.current().toTree(Objects.requireNonNull(manifest, "manifest")));
    }

    /**
     * Binds a manifest's JSON form, with the same strict checks as {@link #read(byte[])} (the
     * value's own parsing limits are the caller's business).
     *
     * @param tree the document
     * @return the manifest
     * @throws ManifestException INVALID or UNSUPPORTED_VERSION, listing every problem
     */
    public Manifest fromTree(JsonValue tree) throws ManifestException {
        return TreeBinder.bind(Values.node(Objects.requireNonNull(tree, "tree")), alwaysValidateSchema);
    }
}
