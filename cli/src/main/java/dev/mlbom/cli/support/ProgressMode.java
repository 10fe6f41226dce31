package dev.mlbom.cli.support;

/**
 * How hashing progress is shown on stderr ({@code --progress}).
 */
public enum ProgressMode {
    /** A bar on an interactive terminal, else plain lines (the default). */
    AUTO,
    /** A redrawn bar with bytes, rate, ETA and the current file. */
    BAR,
    /** A plain line every 5 seconds, only for work that takes longer than that. */
    PLAIN,
    /** Nothing. */
    NONE;

    /**
     * Resolves {@link #AUTO} for this process.
     *
     * @return {@link #BAR} or {@link #PLAIN} for {@code AUTO}; otherwise this mode
     */
    public ProgressMode resolve() {
        if (this != AUTO) {
            return this;
        }
        return Terminal.stderrIsInteractive() ? BAR : PLAIN;
    }
}
