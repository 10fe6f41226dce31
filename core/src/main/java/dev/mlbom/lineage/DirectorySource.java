package dev.mlbom.lineage;

import dev.mlbom.error.MlbomException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A {@link ManifestSource} reading every file of a directory (not its subdirectories) whose name
 * ends with a registered suffix, in file-name order. The longest matching suffix picks the
 * reader, so {@code model.mlbom.json} goes to the envelope reader, not the JSON one.
 *
 * <p>Defaults ({@link #of(Path)}): {@code .json}, {@code .yaml} and {@code .yml} are read as
 * manifests with the codec; {@code .mlbom.json} (signed envelopes) is skipped until an envelope
 * reader is plugged in with {@link Builder#reader(String, FileReader)} (the provenance module's
 * {@code dev.mlbom.document.LineageSources} does that). Other files are ignored. A directory in
 * which nothing is read is an error ({@code UNREADABLE_SOURCE}) naming what was skipped, never a
 * silently empty graph.
 *
 * <p>Immutable and thread-safe when its readers are.
 */
public final class DirectorySource implements ManifestSource {

    /** Reads one file into a lineage entry. Implementations must be thread-safe. */
    @FunctionalInterface
    public interface FileReader {
        /**
         * Reads a file.
         *
         * @param file the file
         * @return the manifest, with its id when the file carries a trustworthy one, origin = the file path
         * @throws MlbomException when the file is not a readable manifest
         */
        LineageEntry read(Path file) throws MlbomException;
    }

    /** The suffix of signed envelope files. */
    public static final String ENVELOPE_SUFFIX = ".mlbom.json";

    private final Path directory;
    private final Map<String, FileReader> readers;

    private DirectorySource(Path directory, Map<String, FileReader> readers) {
        this.directory = directory;
        this.readers = readers;
    }

    /**
     * A source with the default readers.
     *
     * @param directory the directory
     * @return the source
     */
    public static DirectorySource of(Path directory) {
        return builder(directory).build();
    }

    /**
     * A builder with the default readers registered.
     *
     * @param directory the directory
     * @return a new builder
     */
    public static Builder builder(Path directory) {
        return new Builder(directory);
    }

    @Override
    public List<LineageEntry> load() throws LineageException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new LineageException(LineageException.Reason.UNREADABLE_SOURCE,
                    "cannot list manifest directory " + directory + ": " + e.getMessage(), List.of(), e);
        }
        List<LineageEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String suffix = suffixOf(name);
            if (suffix == null) {
                continue;
            }
            FileReader reader = readers.get(suffix);
            if (reader == null) {
                skipped.add(name);
                continue;
            }
            try {
                entries.add(reader.read(file));
            } catch (MlbomException e) {
                throw new LineageException(LineageException.Reason.UNREADABLE_SOURCE,
                        "cannot read " + file + ": " + e.getMessage() + " (fix or remove the file)", List.of(), e);
            }
        }
        if (entries.isEmpty()) {
            throw new LineageException(LineageException.Reason.UNREADABLE_SOURCE, skipped.isEmpty()
                    ? directory + " holds no manifest this source reads (" + String.join(", ", readable()) + ")"
                    : directory + " holds no manifest this source reads, only " + skipped.size() + " skipped file(s) ("
                            + String.join(", ", skipped.subList(0, Math.min(3, skipped.size())))
                            + (skipped.size() > 3 ? ", ..." : "") + "); to read signed envelopes plug in a reader, e.g."
                            + " dev.mlbom.document.LineageSources.directoryReadingEnvelopesUnverified(dir)",
                    List.of(), null);
        }
        return entries;
    }

    private List<String> readable() {
        return readers.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
    }

    private String suffixOf(String fileName) {
        String best = null;
        for (String suffix : readers.keySet()) {
            if (fileName.endsWith(suffix) && (best == null || suffix.length() > best.length())) {
                best = suffix;
            }
        }
        return best;
    }

    /**
     * Builds a {@link DirectorySource}. Defaults: the codec reads {@code .json}, {@code .yaml},
     * {@code .yml}; {@code .mlbom.json} is skipped. Not thread-safe.
     */
    public static final class Builder {
        private final Path directory;
        private final Map<String, FileReader> readers = new LinkedHashMap<>();

        private Builder(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            FileReader codec = dev.mlbom.lineage.internal.CodecFiles::read;
            readers.put(".json", codec);
            readers.put(".yaml", codec);
            readers.put(".yml", codec);
            readers.put(ENVELOPE_SUFFIX, null);
        }

        /**
         * Registers (or replaces) the reader of a file-name suffix, e.g. the envelope reader for
         * {@link DirectorySource#ENVELOPE_SUFFIX}.
         *
         * @param suffix e.g. {@code .mlbom.json}
         * @param reader the reader; null to skip files with that suffix
         * @return this builder
         */
        public Builder reader(String suffix, FileReader reader) {
            readers.put(Objects.requireNonNull(suffix, "suffix"), reader);
            return this;
        }

        /**
         * Builds the source.
         *
         * @return the source
         */
        public DirectorySource build() {
            return new DirectorySource(directory, new LinkedHashMap<>(readers));
        }
    }
}
