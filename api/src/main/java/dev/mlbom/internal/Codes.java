package dev.mlbom.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Maps enum constants to their manifest ids and back ({@code FINE_TUNING} is {@code fine-tuning}).
 * Stateless and thread-safe.
 */
public final class Codes {

    private Codes() {
    }

    /**
     * The manifest id of a constant: its name in lower case with {@code _} replaced by {@code -}.
     *
     * @param constant the constant
     * @return the id
     */
    public static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Looks a constant up by its manifest id (exact match; ids are lower case).
     *
     * @param type the enum type
     * @param id the id
     * @param <E> the enum type
     * @return the constant, or empty when no constant has that id
     */
    public static <E extends Enum<E>> Optional<E> fromId(Class<E> type, String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (id(constant).equals(id)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * The ids of every constant, for error messages.
     *
     * @param type the enum type
     * @return e.g. {@code [training, fine-tuning, ...]}
     */
    public static String allIds(Class<? extends Enum<?>> type) {
        StringBuilder out = new StringBuilder("[");
        for (Enum<?> constant : type.getEnumConstants()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(id(constant));
        }
        return out.append(']').toString();
    }
}
