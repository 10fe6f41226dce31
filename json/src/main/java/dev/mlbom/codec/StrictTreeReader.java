package dev.mlbom.codec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.codec.internal.Problems;
import dev.mlbom.codec.internal.TreeReader;
import dev.mlbom.codec.internal.Values;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.ManifestException.Reason;
import java.util.Objects;

/**
 * Parses any small JSON or YAML document (a manifest, a policy) with the same strict rules as the
 * manifest codec: duplicate keys, over-deep nesting, over-long strings, trailing content, YAML
 * anchors, aliases, tags and extra documents are rejected with a JSON Pointer.
 *
 * <p>Immutable and thread-safe.
 */
public final class StrictTreeReader {

    private final TreeReader reader;

    private StrictTreeReader(ManifestFormat format, ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        this.reader = new TreeReader(format == ManifestFormat.YAML, limits.maxDocumentBytes(), limits.maxDepth(),
                limits.maxStringLength());
    }

    /**
     * A reader for a format.
     *
     * @param format JSON or YAML
     * @param limits size, depth and string limits
     * @return the reader
     */
    public static StrictTreeReader of(ManifestFormat format, ReadLimits limits) {
        return new StrictTreeReader(Objects.requireNonNull(format, "format"), limits);
    }

    /**
     * Parses one document.
     *
     * @param bytes the document
     * @return its value, object members in document order, numbers as doubles
     * @throws ManifestException MALFORMED, TOO_LARGE or UNSUPPORTED_YAML, with the pointer; MALFORMED
     *     also for a number beyond the range of a double
     */
    public JsonValue read(byte[] bytes) throws ManifestException {
        JsonNode tree = reader.read(bytes);
        Problems problems = new Problems();
        JsonValue value = Values.json(tree, "", problems);
        if (value == null || !problems.isEmpty()) {
            throw new ManifestException(Reason.MALFORMED, problems.sorted(), null);
        }
        return value;
    }
}
