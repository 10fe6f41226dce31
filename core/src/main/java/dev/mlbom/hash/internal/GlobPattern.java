package dev.mlbom.hash.internal;

import java.util.regex.Pattern;

/**
 * One compiled ignore pattern (see {@code dev.mlbom.hash.IgnoreRules} for the syntax).
 * Immutable and thread-safe.
 */
public final class GlobPattern {

    private final String source;
    private final Pattern regex;
    private final boolean directoryOnly;
    private final boolean anchored;

    private GlobPattern(String source, Pattern regex, boolean directoryOnly, boolean anchored) {
        this.source = source;
        this.regex = regex;
        this.directoryOnly = directoryOnly;
        this.anchored = anchored;
    }

    /**
     * Compiles a pattern.
     *
     * @param pattern the pattern text
     * @return the compiled pattern
     * @throws IllegalArgumentException when the pattern is empty or malformed
     */
    public static GlobPattern compile(String pattern) {
        if (pattern == null || pattern.isEmpty() || pattern.equals("/")) {
            throw new IllegalArgumentException("ignore pattern must not be empty");
        }
        if (pattern.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("ignore pattern '" + pattern + "' contains a backslash; use '/'");
        }
        String body = pattern;
        boolean directoryOnly = body.endsWith("/");
        if (directoryOnly) {
            body = body.substring(0, body.length() - 1);
        }
        boolean anchored = body.startsWith("/") || body.indexOf('/') > 0;
        if (body.startsWith("/")) {
            body = body.substring(1);
        }
        if (body.isEmpty() || body.contains("//")) {
            throw new IllegalArgumentException("ignore pattern '" + pattern + "' has an empty segment");
        }
        return new GlobPattern(pattern, Pattern.compile(toRegex(body)), directoryOnly, anchored);
    }

    private static String toRegex(String glob) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    out.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                if (c == '?') {
                    out.append("[^/]");
                } else if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    out.append(".*");
                    i++;
                } else {
                    out.append("[^/]*");
                }
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            out.append(Pattern.quote(literal.toString()));
        }
        return out.toString();
    }

    /**
     * Whether this pattern matches one entry.
     *
     * @param path the entry's relative POSIX path
     * @param isDirectory whether the entry is a directory
     * @return true when the pattern names this entry: a pattern with a trailing {@code /} names
     *     directories only, any other pattern names files (non-directories) only
     */
    public boolean matches(String path, boolean isDirectory) {
        if (directoryOnly != isDirectory) {
            return false;
        }
        String subject = anchored ? path : path.substring(path.lastIndexOf('/') + 1);
        return regex.matcher(subject).matches();
    }

    /**
     * The pattern as written.
     *
     * @return the source text
     */
    public String source() {
        return source;
    }
}
