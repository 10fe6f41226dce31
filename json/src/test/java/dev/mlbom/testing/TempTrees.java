package dev.mlbom.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary directory trees for tests whose engine has no {@code @TempDir} (jqwik properties).
 */
public final class TempTrees {

    private TempTrees() {
    }

    /**
     * Deletes a directory and everything under it, deepest first; symbolic links are removed, not
     * followed. Does nothing when the directory does not exist.
     *
     * @param root the directory
     * @throws IOException when a file cannot be deleted
     */
    public static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> files = Files.walk(root)) {
            deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path file : deepestFirst) {
            Files.deleteIfExists(file);
        }
    }
}
