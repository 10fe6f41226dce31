package dev.mlbom.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.codec.ManifestFormat;
import dev.mlbom.codec.ReadLimits;
import dev.mlbom.codec.internal.TreeReader;
import dev.mlbom.model.ManifestException;
import java.util.Objects;

/**
 * Parses any small JSON or YAML document mlbom reads (a manifest, a policy) with the same strict
 * rules as the manifest codec: duplicate keys, over-deep nesting, over-long strings, trailing
 * content, YAML anchors, aliases, tags and extra documents are rejected with a JSON Pointer.
 *
 * <p>Part of the Jackson bridge: for mlbom's own modules only. The public form is
 * {@link dev.mlbom.codec.StrictTreeReader}, which returns a {@code JsonValue}.
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
     * @return its tree
     * @throws ManifestException MALFORMED, TOO_LARGE or UNSUPPORTED_YAML, with the pointer
     */
    public JsonNode read(byte[] bytes) throws ManifestException {
        return reader.read(bytes);
    }
}
