package dev.mlbom.codec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text formats a manifest is read from and written to. JSON is the native format; YAML is
 * accepted as an authoring format over the same model. Immutable and thread-safe.
 */
public enum ManifestFormat {
    /** JSON (RFC 8259), files ending in {@code .json}. */
    JSON(List.of(".json")),
    /** YAML 1.1 without anchors, aliases, tags or extra documents; files ending in {@code .yaml} or {@code .yml}. */
    YAML(List.of(".yaml", ".yml"));

    private final List<String> extensions;

    ManifestFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    /**
     * The file name endings of this format, lower case, with the dot.
     *
     * @return e.g. {@code [.yaml, .yml]}
     */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * Detects the format from a file name's extension, ignoring case.
     *
     * @param path the file
     * @return the format, or empty when the extension is none of {@code .json}, {@code .yaml}, {@code .yml}
     */
    public static Optional<ManifestFormat> of(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (ManifestFormat format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith(extension) && lower.length() > extension.length()) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
