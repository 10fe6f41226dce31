package dev.mlbom.cli.support;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --threads} values: a whole number of at least 1, refused at parse time (a usage
 * error, exit 2) otherwise.
 *
 * <p>Stateless; thread-safe.
 */
public final class ThreadCountConverter implements ITypeConverter<Integer> {

    /** Picocli creates the converter. */
    public ThreadCountConverter() {
    }

    @Override
    public Integer convert(String value) {
        int threads;
        try {
            threads = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number; give a thread count such as 2");
        }
        if (threads < 1) {
            throw new TypeConversionException("must be at least 1, got " + threads
                    + "; give a thread count such as 2, or leave it out to use every processor");
        }
        return threads;
    }
}
