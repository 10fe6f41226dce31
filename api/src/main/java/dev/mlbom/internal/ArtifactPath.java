package dev.mlbom.internal;

/**
 * Rules for artifact paths: relative POSIX paths inside the model directory.
 *
 * <p>A valid path uses {@code /} as separator, is not absolute, has no empty, {@code .} or
 * {@code ..} segment, and contains no backslash, NUL or other control character. These rules
 * make path traversal impossible by construction. Stateless and thread-safe.
 */
public final class ArtifactPath {

    private ArtifactPath() {
    }

    /**
     * Explains why a path is not a valid artifact path.
     *
     * @param path the candidate
     * @return null when the path is valid, else the problem in a few words
     */
    public static String problem(String path) {
        if (path == null || path.isEmpty()) {
            return "path is empty";
        }
        if (path.startsWith("/")) {
            return "path is absolute; use a path relative to the model directory";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\') {
                return "path contains a backslash; use '/' as separator";
            }
            if (c < 0x20 || c == 0x7f) {
                return "path contains a control character at index " + i;
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                return "path has an empty segment";
            }
            if (segment.equals(".") || segment.equals("..")) {
                return "path has a '" + segment + "' segment; paths must stay inside the model directory";
            }
        }
        return null;
    }

    /**
     * Checks a path.
     *
     * @param path the candidate
     * @return the same path
     * @throws IllegalArgumentException when it is not a valid artifact path
     */
    public static String require(String path) {
        String problem = problem(path);
        if (problem != null) {
            throw new IllegalArgumentException("invalid artifact path '" + path + "': " + problem);
        }
        return path;
    }
}
