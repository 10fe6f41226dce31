package dev.mlbom.lineage.internal;

import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.lineage.LineageEntry;
import dev.mlbom.model.ManifestException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads manifest files (JSON or YAML, by extension) with the codec. Thread-safe. */
public final class CodecFiles {
    private CodecFiles() {
    }

    /**
     * Reads a manifest file.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} manifest
     * @return the entry (id computed later by the graph), origin = the file path
     * @throws ManifestException when it cannot be read
     */
    public static LineageEntry read(Path file) throws ManifestException {
        return new LineageEntry(ManifestCodec.forPath(file).read(file), Optional.empty(), file.toString());
    }
}
