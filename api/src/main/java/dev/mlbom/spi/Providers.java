package dev.mlbom.spi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Opt-in discovery of signer and verifier providers with {@link ServiceLoader}.
 *
 * <p>mlbom never calls this by itself: an application that wants plug-ins found on its class
 * path asks for them, picks one by name and wires it explicitly. Discovery keeps no state; each
 * call loads afresh. A provider whose class is missing, whose constructor throws, or whose
 * {@code name()} throws is reported in {@link Discovery#failures()} and never breaks the others;
 * two providers with the same name are reported in {@link Discovery#ambiguities()}.
 *
 * <pre>{@code
 * Discovery<SignerProvider> found = Providers.discoverSigners(getClass().getClassLoader());
 * Signer signer = found.get("pkcs11").create(ProviderConfig.of("keyAlias", "release-key"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Providers {

    /** How many consecutive loading errors discovery tolerates before giving up on a loader. */
    private static final int MAX_ERRORS = 1000;

    private Providers() {
    }

    /**
     * Discovers every {@link SignerProvider} the class loader can see.
     *
     * @param loader the class loader to search (for example the application's)
     * @return what was found, failed and is ambiguous
     */
    public static Discovery<SignerProvider> discoverSigners(ClassLoader loader) {
        return discover(SignerProvider.class, loader, SignerProvider::name);
    }

    /**
     * Discovers every {@link VerifierProvider} the class loader can see.
     *
     * @param loader the class loader to search
     * @return what was found, failed and is ambiguous
     */
    public static Discovery<VerifierProvider> discoverVerifiers(ClassLoader loader) {
        return discover(VerifierProvider.class, loader, VerifierProvider::name);
    }

    private static <P> Discovery<P> discover(Class<P> type, ClassLoader loader, Function<P, String> name) {
        Objects.requireNonNull(loader, "loader");
        Map<String, List<P>> byName = new LinkedHashMap<>();
        List<ProviderFailure> failures = new ArrayList<>();
        Iterator<P> it;
        try {
            it = ServiceLoader.load(type, loader).iterator();
        } catch (ServiceConfigurationError e) {
            failures.add(failure(type.getName(), e));
            return new Discovery<>(type, byName, failures);
        }
        int errors = 0;
        while (errors < MAX_ERRORS) {
            P provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                errors++;
                failures.add(failure(classNameIn(e, type), e));
                continue;
            }
            String providerName;
            try {
                providerName = name.apply(provider);
                if (providerName == null || providerName.isBlank()) {
                    throw new IllegalStateException("name() returned " + (providerName == null ? "null" : "a blank name"));
                }
            } catch (RuntimeException | LinkageError e) {
                failures.add(failure(provider.getClass().getName(), e));
                continue;
            }
            byName.computeIfAbsent(providerName, k -> new ArrayList<>()).add(provider);
        }
        return new Discovery<>(type, byName, failures);
    }

    private static ProviderFailure failure(String source, Throwable e) {
        return new ProviderFailure(source, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }

    /** ServiceLoader messages read "{@code <service>: Provider <class> could not be ...}". */
    private static String classNameIn(Throwable e, Class<?> type) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Provider ");
        if (at >= 0) {
            int start = at + "Provider ".length();
            int end = message.indexOf(' ', start);
            return end < 0 ? message.substring(start) : message.substring(start, end);
        }
        return type.getName();
    }
}
