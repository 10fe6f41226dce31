package dev.mlbom.hash.internal;

import dev.mlbom.hash.ArtifactHasher;
import dev.mlbom.hash.HashingException;
import dev.mlbom.hash.HashingException.Reason;
import dev.mlbom.hash.IgnoreRules;
import dev.mlbom.internal.ArtifactPath;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lists the regular files of a model directory under the ignore and symlink rules, or resolves one
 * relative path the same way. Every path it returns is a real path inside the real model root, or,
 * when a symlink boundary is set, inside the boundary's real path. Immutable and thread-safe.
 */
public final class ModelScanner {

    private final IgnoreRules ignore;
    private final boolean followSymlinks;
    private final Path boundary;

    /**
     * Creates a scanner.
     *
     * @param ignore which entries to skip
     * @param followSymlinks whether symlinks are followed at all
     * @param boundary the directory followed links must stay in; null for the model root
     */
    public ModelScanner(IgnoreRules ignore, boolean followSymlinks, Path boundary) {
        this.ignore = Objects.requireNonNull(ignore, "ignore");
        this.followSymlinks = followSymlinks || boundary != null;
        this.boundary = boundary;
    }

    /** The outcome of a scan: the files, sorted by path, and how many entries were ignored. */
    public record Listing(List<FileEntry> files, int ignored) {
        /** Copies the list. */
        public Listing {
            files = List.copyOf(files);
        }
    }

    /**
     * Resolves the model root to its real path (the root itself may be reached through a symlink).
     *
     * @param modelDir the model directory
     * @return its real path
     * @throws HashingException NOT_FOUND, NOT_A_DIRECTORY or IO_ERROR
     */
    public static Path realRoot(Path modelDir) throws HashingException {
        Objects.requireNonNull(modelDir, "modelDir");
        return realDirectory(modelDir, "model directory " + modelDir + " does not exist; check the path",
                "model path " + modelDir + " is not a directory; pass the directory that holds the model files");
    }

    private static Path realDirectory(Path dir, String whenMissing, String whenNotADirectory)
            throws HashingException {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (NoSuchFileException e) {
            throw new HashingException(Reason.NOT_FOUND, whenMissing, e);
        } catch (IOException e) {
            throw ioError(dir, e);
        }
        if (!Files.isDirectory(real)) {
            throw new HashingException(Reason.NOT_A_DIRECTORY, whenNotADirectory);
        }
        return real;
    }

    /**
     * Lists the files to hash, sorted by path ({@link String#compareTo}).
     *
     * @param modelDir the model directory
     * @return the listing (possibly empty)
     * @throws HashingException when the directory or an entry is rejected, or the tree nests
     *     directories deeper than {@link ArtifactHasher#MAX_DEPTH} ({@code TOO_DEEP})
     */
    public Listing scan(Path modelDir) throws HashingException {
        Path root = realRoot(modelDir);
        Path limit = limit(root);
        List<FileEntry> files = new ArrayList<>();
        int ignored = 0;
        // depth-first walk with an explicit stack (no recursion, so no StackOverflowError however
        // deep the tree); "active" holds the real paths of the directories on the stack, so a
        // followed symlink back into the chain is a loop
        Deque<Frame> stack = new ArrayDeque<>();
        Set<Path> active = new HashSet<>();
        stack.push(new Frame(root, "", 0, children(root)));
        active.add(root);
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (!frame.children().hasNext()) {
                stack.pop();
                active.remove(frame.dir());
                continue;
            }
            Path child = frame.children().next();
            String rel = frame.prefix().isEmpty() ? child.getFileName().toString()
                    : frame.prefix() + "/" + child.getFileName();
            BasicFileAttributes attrs = attributes(child, rel);
            Path target = child;
            if (attrs.isSymbolicLink()) {
                // a link counts as what it points to: a file pattern never hides a linked directory
                boolean linksToDirectory = Files.isDirectory(child);
                if (linksToDirectory ? ignore.ignoresDirectory(rel) : ignore.ignores(rel)) {
                    ignored++;
                    continue;
                }
                target = followLink(limit, child, rel);
                attrs = attributes(target, rel);
            }
            if (attrs.isDirectory()) {
                if (ignore.ignoresDirectory(rel)) {
                    ignored++;
                    continue;
                }
                if (frame.dir().startsWith(target) || active.contains(target)) {
                    throw new HashingException(Reason.SYMLINK_REJECTED, "model entry '" + rel
                            + "' is a symbolic link back to a directory above it (a loop); remove the link");
                }
                int depth = frame.depth() + 1;
                if (depth > ArtifactHasher.MAX_DEPTH) {
                    throw tooDeep(rel, child);
                }
                active.add(target);
                stack.push(new Frame(target, rel, depth, children(target)));
            } else if (ignore.ignores(rel)) {
                ignored++;
            } else if (attrs.isRegularFile()) {
                requireValidPath(rel, child);
                files.add(entry(rel, target, child));
            } else {
                throw specialFile(rel, child);
            }
        }
        files.sort(Comparator.comparing(FileEntry::path));
        return new Listing(files, ignored);
    }

    /** One directory being walked: its real path, artifact path, depth below the root and unvisited entries. */
    private record Frame(Path dir, String prefix, int depth, Iterator<Path> children) {
    }

    private static Iterator<Path> children(Path dir) throws HashingException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path child : stream) {
                children.add(child);
            }
        } catch (IOException e) {
            throw ioError(dir, e);
        }
        return children.iterator();
    }

    /**
     * Resolves one relative path under the same symlink rules (ignore rules are not applied).
     *
     * @param modelDir the model directory
     * @param relativePath a valid artifact path
     * @return the file
     * @throws HashingException when the file is missing or rejected
     */
    public FileEntry resolve(Path modelDir, String relativePath) throws HashingException {
        ArtifactPath.require(relativePath);
        Path root = realRoot(modelDir);
        Path limit = limit(root);
        Path current = root;
        String[] segments = relativePath.split("/");
        if (segments.length - 1 > ArtifactHasher.MAX_DEPTH) {
            throw tooDeep(relativePath, root.resolve(relativePath));
        }
        String rel = "";
        for (String segment : segments) {
            rel = rel.isEmpty() ? segment : rel + "/" + segment;
            Path next = current.resolve(segment);
            BasicFileAttributes attrs = attributes(next, rel);
            current = attrs.isSymbolicLink() ? followLink(limit, next, rel) : next;
        }
        BasicFileAttributes attrs = attributes(current, relativePath);
        if (attrs.isDirectory()) {
            throw new HashingException(Reason.NOT_A_REGULAR_FILE, "model entry '" + relativePath + "' ("
                    + root.resolve(relativePath) + ") is a directory, not a file; name a file");
        }
        if (!attrs.isRegularFile()) {
            throw specialFile(relativePath, root.resolve(relativePath));
        }
        return entry(relativePath, current, root.resolve(relativePath));
    }

    /** The real directory that followed links must stay in: the boundary when set, else the model root. */
    private Path limit(Path root) throws HashingException {
        if (boundary == null) {
            return root;
        }
        return realDirectory(boundary, "the symlink boundary " + boundary
                + " does not exist; name the directory that holds the link targets", "the symlink boundary "
                + boundary + " is not a directory; name the directory that holds the link targets");
    }

    private Path followLink(Path limit, Path link, String rel) throws HashingException {
        if (!followSymlinks) {
            throw new HashingException(Reason.SYMLINK_REJECTED, "model entry '" + rel + "' (" + link
                    + ") is a symbolic link; symlinks are rejected by default: replace it with the file it"
                    + " points to, or enable followSymlinksInsideRoot() if it points inside the model directory"
                    + " (followSymlinksWithin(dir) for a cache whose links point to a sibling directory)");
        }
        Path real;
        try {
            real = link.toRealPath();
        } catch (NoSuchFileException e) {
            throw new HashingException(Reason.NOT_FOUND, "model entry '" + rel + "' (" + link
                    + ") is a symbolic link to a missing file; fix or remove the link", e);
        } catch (IOException e) {
            throw ioError(link, e);
        }
        if (!real.startsWith(limit)) {
            throw new HashingException(Reason.SYMLINK_ESCAPES_ROOT, "model entry '" + rel + "' (" + link
                    + ") is a symbolic link to " + real + ", outside " + (boundary == null
                            ? "the model directory " + limit : "the symlink boundary " + limit)
                    + "; copy the file into the model directory instead of linking to it");
        }
        return real;
    }

    private static BasicFileAttributes attributes(Path path, String rel) throws HashingException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new HashingException(Reason.NOT_FOUND, "model file '" + rel + "' (" + path
                    + ") does not exist; check the path or restore the file", e);
        } catch (IOException e) {
            throw ioError(path, e);
        }
    }

    /** Reads the status of a regular file to hash (its identity is compared again around hashing). */
    private static FileEntry entry(String rel, Path file, Path shown) throws HashingException {
        FileStatus status;
        try {
            status = FileStatus.read(file);
        } catch (NoSuchFileException e) {
            throw new HashingException(Reason.NOT_FOUND, "model file '" + rel + "' (" + shown
                    + ") does not exist; check the path or restore the file", e);
        } catch (IOException e) {
            throw ioError(file, e);
        }
        if (!status.regular()) {
            throw specialFile(rel, shown);
        }
        return new FileEntry(rel, file, status);
    }

    private static HashingException tooDeep(String rel, Path path) {
        return new HashingException(Reason.TOO_DEEP, "model directory entry '" + rel + "' (" + path
                + ") is nested more than " + ArtifactHasher.MAX_DEPTH + " directories below the model"
                + " directory, the deepest hashing accepts; flatten the layout, or ignore the subtree with a"
                + " 'name/' ignore pattern if it is not part of the model");
    }

    private static void requireValidPath(String rel, Path file) throws HashingException {
        String problem = ArtifactPath.problem(rel);
        if (problem != null) {
            throw new HashingException(Reason.INVALID_PATH, "model file " + file
                    + " cannot be recorded as an artifact (" + problem + "); rename it or ignore it");
        }
    }

    private static HashingException specialFile(String rel, Path path) {
        return new HashingException(Reason.SPECIAL_FILE, "model entry '" + rel + "' (" + path
                + ") is not a regular file (a FIFO, socket or device); remove it or add it to the ignore rules");
    }

    static HashingException ioError(Path path, IOException e) {
        return new HashingException(Reason.IO_ERROR, "cannot read " + path + ": " + e
                + "; check that the file exists and is readable", e);
    }
}
