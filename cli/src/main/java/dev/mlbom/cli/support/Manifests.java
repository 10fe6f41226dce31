package dev.mlbom.cli.support;

import dev.mlbom.ProvenanceFormat;
import dev.mlbom.canonical.ManifestIdentity;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.codec.ManifestFormat;
import dev.mlbom.codec.ReadLimits;
import dev.mlbom.codec.StrictTreeReader;
import dev.mlbom.document.ProvenanceDocuments;
import dev.mlbom.internal.BoundedFiles;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.Problem;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads manifest files for the commands: JSON or YAML by extension (or by the first character
 * when the extension is neither, as {@link ProvenanceDocuments#formatOf} decides), template placeholders left in ({@code "<...>"}) reported by
 * JSON Pointer, and every codec problem turned into one line {@code FILE: POINTER: MESSAGE}.
 *
 * <p>Stateless; thread-safe.
 */
public final class Manifests {

    /** A template placeholder: a whole string value in angle brackets. */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]+>", Pattern.DOTALL);

    private Manifests() {
    }

    /**
     * Reads and validates a manifest file.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the manifest
     * @throws CliException when the file is missing, still holds placeholders, or is rejected
     *     (reason codes {@code PLACEHOLDER} or the codec's, one detail line per problem)
     */
    public static Manifest read(Path file) throws CliException {
        byte[] bytes = readBytes(file);
        ManifestFormat format = ProvenanceDocuments.formatOf(file, bytes);
        refusePlaceholders(file, bytes, format);
        try {
            return ManifestCodec.of(format).read(bytes);
        } catch (ManifestException e) {
            throw rejected(file, e);
        }
    }

    /**
     * Refuses a document that still holds template placeholders ({@code "<...>"}), listing each by
     * JSON Pointer. The document is parsed with the codec's strict reader only; when that refuses
     * it, nothing is reported here and the codec's own rejection follows.
     *
     * @param file the file, for messages
     * @param bytes its content
     * @param format JSON or YAML
     * @throws CliException reason {@code PLACEHOLDER}, one detail line per placeholder
     */
    public static void refusePlaceholders(Path file, byte[] bytes, ManifestFormat format) throws CliException {
        List<String> placeholders = placeholders(file, bytes, format);
        if (!placeholders.isEmpty()) {
            throw CliException.rejected("PLACEHOLDER", file + ": " + count(placeholders.size(), "template placeholder")
                    + " left (listed above); replace each with a real value or delete the member", placeholders, null);
        }
    }

    /**
     * Turns a codec rejection into one line per problem and a summary.
     *
     * @param file the file that was read
     * @param e the rejection
     * @return the exception to throw
     */
    public static CliException rejected(Path file, ManifestException e) {
        List<String> lines = new ArrayList<>();
        for (Problem problem : e.problems()) {
            lines.add(file + ": " + problem);
        }
        return CliException.rejected(e.reasonCode(), file + ": " + count(e.problems().size(), "problem")
                + " (listed above; fix each value named by its JSON Pointer)", lines, e);
    }

    /**
     * The identity of a manifest: {@code sha256:} over the RFC 8785 canonical form of its JSON.
     *
     * @param manifest the manifest
     * @return e.g. {@code sha256:9f86...}
     */
    public static String id(Manifest manifest) {
        return ManifestIdentity.of(manifest).toString();
    }

    /**
     * Reads a file whole, with a clear message when it is missing or not a regular file (a FIFO or
     * device is refused without being opened); at most the document limit plus one byte is read.
     *
     * @param file the file
     * @return its bytes
     * @throws CliException when it cannot be read
     */
    public static byte[] readBytes(Path file) throws CliException {
        try {
            return BoundedFiles.read(file, ProvenanceFormat.MAX_DOCUMENT_BYTES);
        } catch (NoSuchFileException e) {
            throw CliException.input(file + ": no such file");
        } catch (BoundedFiles.NotRegularFile e) {
            throw CliException.input(file + ": " + e.getReason(), e);
        } catch (BoundedFiles.TooLarge e) {
            throw CliException.input(file + ": larger than " + (ProvenanceFormat.MAX_DOCUMENT_BYTES >> 20)
                    + " MiB; that is no manifest or envelope");
        } catch (IOException e) {
            throw CliException.input("cannot read " + ErrorReporter.describe(e), e);
        }
    }

    private static List<String> placeholders(Path file, byte[] bytes, ManifestFormat format) {
        JsonValue tree;
        try {
            tree = StrictTreeReader.of(format, ReadLimits.DEFAULTS).read(bytes);
        } catch (ManifestException e) {
            return List.of(); // the codec reports it
        }
        List<String> found = new ArrayList<>();
        collect(tree, "", file, found);
        return found;
    }

    private static void collect(JsonValue node, String pointer, Path file, List<String> found) {
        if (node instanceof JsonValue.Text textNode) {
            String text = textNode.value().strip();
            if (PLACEHOLDER.matcher(text).matches()) {
                found.add(file + ": " + (pointer.isEmpty() ? "(document)" : pointer) + ": still holds the placeholder "
                        + ErrorReporter.oneLine(text));
            }
        } else if (node instanceof JsonValue.Obj object) {
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                collect(member.getValue(), pointer + "/" + Problem.escape(member.getKey()), file, found);
            }
        } else if (node instanceof JsonValue.Array array) {
            for (int i = 0; i < array.items().size(); i++) {
                collect(array.items().get(i), pointer + "/" + i, file, found);
            }
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
