package dev.mlbom.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one opt-in {@link java.util.ServiceLoader} discovery (see {@link Providers}):
 * the providers that loaded, the ones that failed (isolated, never thrown), and the names that
 * more than one provider claims.
 *
 * <p>Looking a provider up by a name that two providers claim fails with a message naming both
 * classes, so that a stray jar on the class path can never silently win. Immutable and
 * thread-safe (as far as the providers it holds are).
 *
 * @param <P> the provider type, {@link SignerProvider} or {@link VerifierProvider}
 */
public final class Discovery<P> {

    private final Class<P> type;
    private final Map<String, List<P>> byName;
    private final List<ProviderFailure> failures;

    Discovery(Class<P> type, Map<String, List<P>> byName, List<ProviderFailure> failures) {
        this.type = Objects.requireNonNull(type, "type");
        Map<String, List<P>> copy = new LinkedHashMap<>();
        byName.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        this.byName = java.util.Collections.unmodifiableMap(copy);
        this.failures = List.copyOf(failures);
    }

    /**
     * The service type that was discovered.
     *
     * @return {@code SignerProvider.class} or {@code VerifierProvider.class}
     */
    public Class<P> type() {
        return type;
    }

    /**
     * Every provider that loaded, in discovery order, including ambiguous ones.
     *
     * @return the providers; unmodifiable
     */
    public List<P> providers() {
        List<P> all = new ArrayList<>();
        byName.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /**
     * The names of the usable providers: those claimed by exactly one provider.
     *
     * @return the names in discovery order; unmodifiable
     */
    public List<String> names() {
        return byName.entrySet().stream().filter(e -> e.getValue().size() == 1).map(Map.Entry::getKey).toList();
    }

    /**
     * Names claimed by more than one provider, each with the provider classes that claim it.
     *
     * @return name to class names; empty when nothing is ambiguous; unmodifiable
     */
    public Map<String, List<String>> ambiguities() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        byName.forEach((name, list) -> {
            if (list.size() > 1) {
                out.put(name, list.stream().map(p -> p.getClass().getName()).toList());
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The providers that could not be loaded, with their errors.
     *
     * @return the failures; empty when all loaded; unmodifiable
     */
    public List<ProviderFailure> failures() {
        return failures;
    }

    /**
     * Looks a provider up by name without failing.
     *
     * @param name the provider's {@code name()}
     * @return the provider, or empty when no provider or more than one provider has that name
     */
    public Optional<P> find(String name) {
        List<P> list = byName.get(name);
        return list != null && list.size() == 1 ? Optional.of(list.get(0)) : Optional.empty();
    }

    /**
     * Looks a provider up by name.
     *
     * @param name the provider's {@code name()}
     * @return the provider
     * @throws SigningException with {@code PROVIDER_NOT_FOUND} when no provider has the name
     *     (the message lists the available names and the failed providers), or
     *     {@code PROVIDER_AMBIGUOUS} when several do (the message names their classes)
     */
    public P get(String name) throws SigningException {
        Objects.requireNonNull(name, "name");
        List<P> list = byName.get(name);
        if (list == null) {
            StringBuilder message = new StringBuilder("no ").append(type.getSimpleName())
                    .append(" named '").append(name).append("' was discovered; available: ").append(names());
            if (!failures.isEmpty()) {
                message.append("; providers that failed to load: ")
                        .append(failures.stream().map(ProviderFailure::source).toList());
            }
            message.append(". Put the provider's jar on the class path or wire it explicitly");
            throw new SigningException(SigningException.Reason.PROVIDER_NOT_FOUND, message.toString());
        }
        if (list.size() > 1) {
            throw new SigningException(SigningException.Reason.PROVIDER_AMBIGUOUS, "several "
                    + type.getSimpleName() + "s are named '" + name + "': "
                    + String.join(", ", list.stream().map(p -> p.getClass().getName()).toList())
                    + ". Remove all but one from the class path, or wire the one you want explicitly");
        }
        return list.get(0);
    }

    @Override
    public String toString() {
        return "Discovery[" + type.getSimpleName() + ", names=" + names() + ", ambiguous="
                + ambiguities().keySet() + ", failures=" + failures.size() + "]";
    }
}
