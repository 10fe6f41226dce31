package dev.mlbom.cli.support;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides whether stderr is an interactive terminal, for the progress bar.
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
