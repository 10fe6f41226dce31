package dev.mlbom.cli.support;

import java.io.Console;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Terminal safety and detection: {@link #safe(String)} escapes the characters that let text from
 * an input (a key id from an untrusted envelope, a model or file name, a check message) move the
 * cursor, recolour or rewrite a line, or reorder what is shown; {@link #safeWriter(Writer)} does
 * the same, except for line feeds and tabs, for a whole output stream. Also decides whether stderr
 * is an interactive terminal, for the progress bar.
 *
 * <p>The bar is drawn only when all of these hold: {@link System#console()} is not null (stdin
 * and stdout are a terminal), on JDK 22 and later {@code Console.isTerminal()} is true (there
 * {@code System.console()} is no longer null when redirected), stderr itself is a terminal (on
 * Linux read from {@code /proc/self/fd/2}; elsewhere assumed when the rest holds), and
 * {@code TERM} is not {@code dumb}.
 *
 * <p>Stateless; thread-safe.
 */
public final class Terminal {

    private Terminal() {
    }

    /**
     * Escapes every character a terminal may act on: C0 controls (including CR, LF and TAB), DEL,
     * C1 controls, the line and paragraph separators U+2028/U+2029, and the bidirectional
     * embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069. Each becomes
     * {@code &#92;uXXXX}, so {@code ESC[32m[pass]CR} prints as {@code &#92;u001b[32m[pass]&#92;u000d}.
     *
     * @param text text that came from an input, or null
     * @return the text with those characters escaped; "" for null
     */
    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                escape(c, out);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Whether a character is one {@link #safe(String)} escapes.
     *
     * @param c the character
     * @return true for C0, DEL, C1, U+2028/2029, U+202A-202E and U+2066-2069
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    private static void escape(char c, StringBuilder out) {
        out.append("\\u").append(String.format(java.util.Locale.ROOT, "%04x", (int) c));
    }

    /**
     * A writer that escapes what {@link #safe(String)} escapes, except line feeds and tabs: for the
     * commands' standard output, so nothing printed from an input reaches the terminal raw. JSON
     * stays valid and means the same (inside a string {@code &#92;u001b} is the character; JSON allows
     * none of these characters raw outside strings).
     *
     * @param target where the escaped text goes
     * @return the writer
     */
    public static Writer safeWriter(Writer target) {
        return new FilterWriter(target) {
            @Override
            public void write(int c) throws IOException {
                char ch = (char) c;
                if (ch != '\n' && ch != '\t' && isUnsafe(ch)) {
                    StringBuilder escaped = new StringBuilder(6);
                    escape(ch, escaped);
                    out.write(escaped.toString());
                } else {
                    out.write(c);
                }
            }

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                int start = offset;
                int end = offset + length;
                for (int i = offset; i < end; i++) {
                    char ch = chars[i];
                    if (ch != '\n' && ch != '\t' && isUnsafe(ch)) {
                        out.write(chars, start, i - start);
                        write(ch);
                        start = i + 1;
                    }
                }
                out.write(chars, start, end - start);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                write(text.toCharArray(), offset, length);
            }
        };
    }

    /**
     * Whether stderr is an interactive terminal that can take a redrawn progress line.
     *
     * @return true when a progress bar may be drawn
     */
    public static boolean stderrIsInteractive() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            if (!(Boolean) isTerminal.invoke(console)) {
                return false;
            }
        } catch (NoSuchMethodException e) {
            // JDK 17-21: a non-null console already means a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(stderr)) {
            try {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * The terminal width in columns.
     *
     * @return {@code COLUMNS} when set to a sane number, else 80
     */
    public static int columns() {
        String columns = System.getenv("COLUMNS");
        if (columns != null) {
            try {
                int value = Integer.parseInt(columns.trim());
                if (value >= 40 && value <= 1000) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        return 80;
    }
}
