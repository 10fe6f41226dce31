package dev.mlbom.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvidersTest {

    @TempDir
    Path dir;

    /** A signer provider that works. */
    public static class Good implements SignerProvider {
        private final String name;

        public Good() {
            this("good");
        }

        Good(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<SignatureAlgorithm> algorithms() {
            return Set.of(SignatureAlgorithm.ED25519);
        }

        @Override
        public Signer create(ProviderConfig config) {
            throw new UnsupportedOperationException();
        }
    }

    /** Another working provider. */
    public static class Other extends Good {
        public Other() {
            super("other");
        }
    }

    /** Claims the name "dup". */
    public static class DupA extends Good {
        public DupA() {
            super("dup");
        }
    }

    /** Also claims the name "dup". */
    public static class DupB extends Good {
        public DupB() {
            super("dup");
        }
    }

    /** Its constructor throws. */
    public static class BadConstructor extends Good {
        public BadConstructor() {
            throw new IllegalStateException("no licence file");
        }
    }

    /** Its name() throws. */
    public static class BadName extends Good {
        @Override
        public String name() {
            throw new IllegalStateException("name service down");
        }
    }

    /** Its name() is null. */
    public static class NullName extends Good {
        @Override
        public String name() {
            return null;
        }
    }

    /** Not a provider at all. */
    public static class NotAProvider {
    }

    /** A verifier provider. */
    public static class GoodVerifier implements VerifierProvider {
        @Override
        public String name() {
            return "kms";
        }

        @Override
        public Set<SignatureAlgorithm> algorithms() {
            return Set.of(SignatureAlgorithm.ECDSA_P256_SHA256);
        }

        @Override
        public SignatureVerifier create(ProviderConfig config) {
            throw new UnsupportedOperationException();
        }
    }

    private ClassLoader loader(Class<?> service, String... classNames) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        StringBuilder text = new StringBuilder("# test providers\n");
        for (String name : classNames) {
            text.append(name.startsWith("dev.") ? name : ProvidersTest.class.getName() + "$" + name).append('\n');
        }
        Files.writeString(services.resolve(service.getName()), text);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ProvidersTest.class.getClassLoader());
    }

    @Test
    void findsWorkingProvidersByName() throws Exception {
        Discovery<SignerProvider> found = Providers.discoverSigners(loader(SignerProvider.class, "Good", "Other"));
        assertThat(found.names()).containsExactly("good", "other");
        assertThat(found.get("good")).isInstanceOf(Good.class);
        assertThat(found.get("other")).isInstanceOf(Other.class);
        assertThat(found.find("other")).containsInstanceOf(Other.class);
        assertThat(found.failures()).isEmpty();
        assertThat(found.ambiguities()).isEmpty();
        assertThat(found.providers()).hasSize(2);
    }

    @Test
    void brokenProvidersAreIsolatedAndReported() throws Exception {
        Discovery<SignerProvider> found = Providers.discoverSigners(loader(SignerProvider.class,
                "BadConstructor", "Good", "dev.mlbom.spi.NoSuchProvider", "BadName", "NotAProvider", "NullName", "Other"));
        assertThat(found.names()).containsExactly("good", "other");
        assertThat(found.failures()).hasSize(5);
        assertThat(found.failures()).extracting(ProviderFailure::source).contains(
                ProvidersTest.class.getName() + "$BadName", ProvidersTest.class.getName() + "$NullName");
        assertThat(found.failures()).anySatisfy(f -> assertThat(f.problem()).contains("name service down"));
        assertThat(found.failures()).anySatisfy(f -> assertThat(f.source()).contains("BadConstructor"));
        assertThat(found.failures()).anySatisfy(f -> assertThat(f.source()).contains("NoSuchProvider"));

        SigningException e = catchThrowableOfType(SigningException.class, () -> found.get("acme"));
        assertThat(e.reason()).isEqualTo(SigningException.Reason.PROVIDER_NOT_FOUND);
        assertThat(e.getMessage()).contains("'acme'").contains("good").contains("BadConstructor");
    }

    @Test
    void twoProvidersWithOneNameAreAmbiguous() throws Exception {
        Discovery<SignerProvider> found = Providers.discoverSigners(loader(SignerProvider.class, "DupA", "Good", "DupB"));
        assertThat(found.names()).containsExactly("good");
        assertThat(found.find("dup")).isEmpty();
        assertThat(found.ambiguities()).containsOnlyKeys("dup");
        SigningException e = catchThrowableOfType(SigningException.class, () -> found.get("dup"));
        assertThat(e.reason()).isEqualTo(SigningException.Reason.PROVIDER_AMBIGUOUS);
        assertThat(e.getMessage()).contains(DupA.class.getName()).contains(DupB.class.getName());
    }

    @Test
    void verifierProvidersAreDiscoveredSeparately() throws Exception {
        ClassLoader loader = loader(VerifierProvider.class, "GoodVerifier");
        Discovery<VerifierProvider> found = Providers.discoverVerifiers(loader);
        assertThat(found.names()).containsExactly("kms");
        assertThat(found.type()).isEqualTo(VerifierProvider.class);
        assertThat(Providers.discoverSigners(loader).providers()).isEmpty();
    }

    @Test
    void eachDiscoveryLoadsAfreshWithNoSharedState() throws Exception {
        ClassLoader loader = loader(SignerProvider.class, "Good");
        Discovery<SignerProvider> first = Providers.discoverSigners(loader);
        Discovery<SignerProvider> second = Providers.discoverSigners(loader);
        assertThat(first.get("good")).isNotSameAs(second.get("good"));
        assertThat(Providers.discoverSigners(ProvidersTest.class.getClassLoader()).providers()).isEmpty();
        assertThat(List.copyOf(first.names())).isEqualTo(second.names());
        assertThat(first.toString()).contains("good");
    }
}
