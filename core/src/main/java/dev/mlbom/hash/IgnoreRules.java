package dev.mlbom.hash;

import dev.mlbom.hash.internal.GlobPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Which files of a model directory are not artifacts: VCS metadata and mlbom's own signature files.
 *
 * <p>Patterns are simple globs over relative POSIX paths, a small subset of {@code .gitignore}:
 * <ul>
 *   <li>{@code *} matches any run of characters except {@code /}; {@code ?} matches one character
 *       except {@code /}; {@code **} matches any run of characters including {@code /}; every other
 *       character matches itself (no negation, no character classes, no escapes).</li>
 *   <li>A pattern without a {@code /} (other than a trailing one) matches a <em>name</em> at any
 *       depth: {@code *.tmp} ignores {@code a.tmp} and {@code sub/b.tmp}.</li>
 *   <li>A pattern with a leading or inner {@code /} is anchored at the model directory and matches
 *       the whole relative path: {@code /notes.txt}, {@code docs/*.md}.</li>
 *   <li>A pattern <b>without</b> a trailing {@code /} names files only (anything that is not a
 *       directory); a pattern <b>with</b> a trailing {@code /} names directories only. So
 *       {@code *.mlbom.json} never hides a directory called {@code x.mlbom.json/} and the weights in
 *       it: to ignore a directory, say so with a trailing {@code /} ({@code cache/}). Unlike
 *       {@code .gitignore}, no pattern matches both; list both forms to ignore a name of either
 *       kind ({@code .git} and {@code .git/}). A symbolic link counts as what it points to.</li>
 *   <li>When a directory matches, everything below it is ignored.</li>
 * </ul>
 *
 * <p>{@link #defaults()} ignores the directories {@code .git/} and {@code .github/}, and the files
 * {@code .git} (which git writes for a worktree or submodule), {@code .gitattributes},
 * {@code .gitignore} and {@code *.mlbom.json} (the files mlbom writes next to a model; name your
 * signed record with the {@value #SIGNATURE_SUFFIX} suffix so hashing never sees it). A directory
 * with one of these file names is hashed like any other.
 *
 * <p>Immutable and thread-safe.
 */
public final class IgnoreRules {

    /** The file-name suffix of mlbom's own files, ignored by {@link #defaults()}. */
    public static final String SIGNATURE_SUFFIX = ".mlbom.json";

    private static final IgnoreRules DEFAULTS =
            of(".git/", ".git", ".github/", ".gitattributes", ".gitignore", "*" + SIGNATURE_SUFFIX);
    private static final IgnoreRules NONE = new IgnoreRules(List.of());

    private final List<GlobPattern> patterns;

    private IgnoreRules(List<GlobPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /**
     * The default rules: {@code .git/}, {@code .git}, {@code .github/}, {@code .gitattributes},
     * {@code .gitignore}, {@code *.mlbom.json}.
     *
     * @return the default rules
     */
    public static IgnoreRules defaults() {
        return DEFAULTS;
    }

    /**
     * Rules that ignore nothing.
     *
     * @return empty rules
     */
    public static IgnoreRules none() {
        return NONE;
    }

    /**
     * Rules made of exactly these patterns (replacing the defaults).
     *
     * @param patterns glob patterns, see the class documentation
     * @return the rules
     * @throws IllegalArgumentException when a pattern is empty or malformed
     */
    public static IgnoreRules of(String... patterns) {
        return of(Arrays.asList(patterns));
    }

    /**
     * Rules made of exactly these patterns (replacing the defaults).
     *
     * @param patterns glob patterns, see the class documentation
     * @return the rules
     * @throws IllegalArgumentException when a pattern is empty or malformed
     */
    public static IgnoreRules of(Collection<String> patterns) {
        List<GlobPattern> compiled = new ArrayList<>();
        for (String pattern : patterns) {
            compiled.add(GlobPattern.compile(Objects.requireNonNull(pattern, "pattern")));
        }
        return new IgnoreRules(compiled);
    }

    /**
     * These rules plus more patterns.
     *
     * @param morePatterns glob patterns to add
     * @return new rules; this object is unchanged
     * @throws IllegalArgumentException when a pattern is empty or malformed
     */
    public IgnoreRules plus(String... morePatterns) {
        List<String> all = new ArrayList<>(patterns());
        all.addAll(Arrays.asList(morePatterns));
        return of(all);
    }

    /**
     * The patterns as written.
     *
     * @return the patterns, in order
     */
    public List<String> patterns() {
        return patterns.stream().map(GlobPattern::source).toList();
    }

    /**
     * Whether a file is ignored, either itself (by a pattern without a trailing {@code /}) or
     * because a directory above it is.
     *
     * @param relativePath the file's relative POSIX path, e.g. {@code sub/model.bin}
     * @return true when the file is not an artifact
     */
    public boolean ignores(String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        int slash = relativePath.lastIndexOf('/');
        if (slash > 0 && ignoresDirectory(relativePath.substring(0, slash))) {
            return true;
        }
        return matchesAny(relativePath, false);
    }

    /**
     * Whether a directory (and so everything below it) is ignored, by a pattern with a trailing
     * {@code /} naming it or a directory above it.
     *
     * @param relativePath the directory's relative POSIX path, e.g. {@code .git} or {@code a/b}
     * @return true when nothing below the directory is an artifact
     */
    public boolean ignoresDirectory(String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        int from = 0;
        while (true) {
            int slash = relativePath.indexOf('/', from);
            String prefix = slash < 0 ? relativePath : relativePath.substring(0, slash);
            if (matchesAny(prefix, true)) {
                return true;
            }
            if (slash < 0) {
                return false;
            }
            from = slash + 1;
        }
    }

    private boolean matchesAny(String path, boolean isDirectory) {
        for (GlobPattern pattern : patterns) {
            if (pattern.matches(path, isDirectory)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IgnoreRules rules && rules.patterns().equals(patterns());
    }

    @Override
    public int hashCode() {
        return patterns().hashCode();
    }

    @Override
    public String toString() {
        return "IgnoreRules" + patterns();
    }
}
