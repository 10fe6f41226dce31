package dev.mlbom.cli.support;

import java.util.Locale;

/**
 * Human-readable byte counts, rates and durations for progress and summaries.
 *
 * <p>Stateless; thread-safe.
 */
public final class Sizes {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private Sizes() {
    }

    /**
     * Formats a byte count with binary units.
     *
     * @param bytes a count, not negative
     * @return e.g. {@code 512 B}, {@code 1.5 KiB}, {@code 3.2 GiB}
     */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : "%.1f %s", value, UNITS[unit]);
    }

    /**
     * Formats a duration in whole seconds.
     *
     * @param seconds a duration, not negative
     * @return e.g. {@code 7s}, {@code 3m05s}, {@code 2h07m}
     */
    public static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}
