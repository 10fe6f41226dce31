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

    /** Reads {@code --progress} values. Stateless; thread-safe. */
    public static final class Converter extends EnumConverter<ProgressMode> {
        /** Picocli creates the converter. */
        public Converter() {
            super(ProgressMode.class);
        }
    }

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
