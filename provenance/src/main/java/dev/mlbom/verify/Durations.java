package dev.mlbom.verify;

import java.time.Duration;

/**
 * Durations as people write them in messages: {@code 90d}, {@code 2d12h}, {@code 5m},
 * {@code 1h30m15s}, rather than {@code PT2160H}. Stateless.
 */
final class Durations {

    private Durations() {
    }

    /**
     * Formats a duration in days, hours, minutes and seconds, largest first, omitting zero parts.
     *
     * @param duration the duration (a negative one gets a leading minus)
     * @return e.g. {@code 90d}; {@code 0s} for zero; sub-second parts as milliseconds ({@code 250ms})
     */
    static String human(Duration duration) {
        if (duration.isNegative()) {
            return "-" + human(duration.negated());
        }
        if (duration.isZero()) {
            return "0s";
        }
        long seconds = duration.getSeconds();
        StringBuilder out = new StringBuilder();
        append(out, seconds / 86_400, "d");
        append(out, seconds % 86_400 / 3_600, "h");
        append(out, seconds % 3_600 / 60, "m");
        append(out, seconds % 60, "s");
        if (out.length() == 0) {
            out.append(Math.max(1, duration.getNano() / 1_000_000)).append("ms");
        }
        return out.toString();
    }

    private static void append(StringBuilder out, long amount, String unit) {
        if (amount != 0) {
            out.append(amount).append(unit);
        }
    }
}
