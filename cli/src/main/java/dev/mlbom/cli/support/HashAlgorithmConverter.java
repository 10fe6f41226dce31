package dev.mlbom.cli.support;

import dev.mlbom.model.HashAlgorithm;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --algorithm} values by their manifest ids ({@code sha256}, {@code sha384},
 * {@code sha512}, {@code blake3}; case and a dash are ignored).
 *
 * <p>Stateless; thread-safe.
 */
public final class HashAlgorithmConverter implements ITypeConverter<HashAlgorithm> {

    /** Picocli creates the converter. */
    public HashAlgorithmConverter() {
    }

    @Override
    public HashAlgorithm convert(String value) {
        return HashAlgorithm.fromId(value).orElseThrow(() -> new TypeConversionException(
                "unknown hash algorithm '" + value + "'; use one of " + ids()));
    }

    /**
     * The algorithm ids, for messages.
     *
     * @return e.g. {@code sha256, sha384, sha512, blake3}
     */
    public static String ids() {
        return Arrays.stream(HashAlgorithm.values()).map(HashAlgorithm::id).collect(Collectors.joining(", "));
    }
}
