package dev.mlbom.spi;

import java.util.Objects;

/**
 * A provider that discovery found but could not use: its class was missing, its constructor or
 * {@code name()} threw, or its service file was malformed. Discovery isolates such providers and
 * reports them here instead of failing. Immutable and thread-safe.
 *
 * @param source the provider's class name when known, else the service type's name
 * @param problem what went wrong, in a few words (the error's class and message)
 * @param error the error itself, for logging or rethrowing
 */
public record ProviderFailure(String source, String problem, Throwable error) {

    /** Checks that no component is null. */
    public ProviderFailure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(error, "error");
    }
}
