package dev.mlbom.spi;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings handed to a provider's {@code create} method: a key reference, a region, a PIN file, and
 * so on. Keys and meanings are the provider's to define and document.
 *
 * <p>{@link #toString()} shows the setting names only, never their values, so that secrets do not
 * reach logs. Immutable and thread-safe.
 *
 * @param settings the settings; copied
 */
public record ProviderConfig(Map<String, String> settings) {

    /** Copies the settings. */
    public ProviderConfig {
        settings = Map.copyOf(settings);
    }

    /**
     * Config from alternating names and values.
     *
     * @param namesAndValues {@code name1, value1, name2, value2, ...}
     * @return the config
     */
    public static ProviderConfig of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new ProviderConfig(map);
    }

    /**
     * One optional setting.
     *
     * @param name the setting's name
     * @return its value, or empty
     */
    public Optional<String> get(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    /**
     * One setting that must be present.
     *
     * @param name the setting's name
     * @return its value
     * @throws SigningException with {@code CONFIG_INVALID} when it is missing
     */
    public String require(String name) throws SigningException {
        String value = settings.get(name);
        if (value == null || value.isEmpty()) {
            throw new SigningException(SigningException.Reason.CONFIG_INVALID,
                    "provider setting '" + name + "' is missing; set it in the provider configuration");
        }
        return value;
    }

    @Override
    public String toString() {
        return "ProviderConfig" + new TreeMap<>(settings).keySet();
    }
}
