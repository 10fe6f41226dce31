package dev.mlbom.cli.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option value as an enum constant by its lower-case id ({@code P256} is {@code p256},
 * {@code FINE_TUNE} is {@code fine-tune}; case is ignored and {@code _} equals {@code -}), and
 * names the accepted ids when the value is not one of them.
 *
 * <p>Stateless; thread-safe.
 *
 * @param <E> the enum type
 */
public abstract class EnumConverter<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;

    /**
     * For subclasses, one per enum type.
     *
     * @param type the enum type
     */
    protected EnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E constant : type.getEnumConstants()) {
            if (id(constant).equals(wanted)) {
                return constant;
            }
        }
        throw new TypeConversionException("unknown value '" + value + "'; use one of " + ids(type));
    }

    /**
     * The id of a constant.
     *
     * @param constant the constant
     * @return its name in lower case with {@code -} for {@code _}
     */
    public static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Every id of an enum type.
     *
     * @param type the enum type
     * @return e.g. {@code ed25519, p256, p384, rsa3072}
     */
    public static String ids(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumConverter::id).collect(Collectors.joining(", "));
    }
}
