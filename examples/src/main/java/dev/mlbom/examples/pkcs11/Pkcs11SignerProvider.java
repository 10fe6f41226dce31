package dev.mlbom.examples.pkcs11;

import dev.mlbom.crypto.KeyException;
import dev.mlbom.crypto.PublicKeyHandle;
import dev.mlbom.spi.ProviderConfig;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.Signer;
import dev.mlbom.spi.SignerProvider;
import dev.mlbom.spi.SigningException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.Set;

/**
 * Makes {@link Pkcs11Signer}s for keys on a PKCS#11 token, through the JDK's SunPKCS11 provider
 * configured at run time (never registered with {@link Security}). Discoverable as {@code pkcs11}.
 *
 * <p>Settings ({@link ProviderConfig}):
 * <ul>
 *   <li>{@code library}: the PKCS#11 module; default {@value #DEFAULT_LIBRARY}</li>
 *   <li>{@code slot}: the token's slot id, or {@code slotListIndex}: its index in the slot list
 *       (default index 0)</li>
 *   <li>{@code keyLabel}: the label (CKA_LABEL) of the key; required. SunPKCS11 exposes a private
 *       key only together with a certificate of the same CKA_ID, so the token must hold one</li>
 *   <li>{@code pinFile}: a file whose first line is the user PIN, or {@code pinEnv}: the name of
 *       an environment variable holding it. The PIN is never logged or put in a message.</li>
 * </ul>
 *
 * <p>PKCS#11 logins belong to the token and the process: once a token is logged in, a later
 * login to it from the same JVM succeeds whatever PIN it gives. Use one PIN source per token.
 *
 * <pre>{@code
 * Signer signer = Providers.discoverSigners(loader).get("pkcs11").create(ProviderConfig.of(
 *         "slotListIndex", "0", "keyLabel", "release-key", "pinFile", "/run/secrets/hsm-pin"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Pkcs11SignerProvider implements SignerProvider {

    /** SoftHSM2's module on Debian and Ubuntu. */
    public static final String DEFAULT_LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";

    /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
    public Pkcs11SignerProvider() {
    }

    @Override
    public String name() {
        return "pkcs11";
    }

    @Override
    public Set<SignatureAlgorithm> algorithms() {
        return Set.of(SignatureAlgorithm.ECDSA_P256_SHA256, SignatureAlgorithm.ECDSA_P384_SHA384);
    }

    @Override
    public Signer create(ProviderConfig config) throws SigningException {
        String library = config.get("library").orElse(DEFAULT_LIBRARY);
        String label = config.require("keyLabel");
        if (!Files.isRegularFile(Path.of(library))) {
            throw new SigningException(SigningException.Reason.CONFIG_INVALID,
                    "PKCS#11 library " + library + " does not exist; set 'library' to the token's PKCS#11 module");
        }
        Provider provider = configure(library, slotLine(config));
        char[] pin = pin(config);
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            Key key = store.getKey(label, null);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new SigningException(SigningException.Reason.KEY_UNAVAILABLE, "the token has no private key labelled '"
                        + label + "' with a certificate of the same CKA_ID; SunPKCS11 needs both");
            }
            Certificate certificate = store.getCertificate(label);
            if (certificate == null) {
                throw new SigningException(SigningException.Reason.KEY_UNAVAILABLE,
                        "the token key '" + label + "' has no certificate; store one with the same CKA_ID");
            }
            PublicKeyHandle publicKey = PublicKeyHandle.fromJca(certificate.getPublicKey());
            return new Pkcs11Signer(provider, privateKey, publicKey);
        } catch (IOException e) {
            throw new SigningException(SigningException.Reason.KEY_UNAVAILABLE,
                    "cannot log in to the PKCS#11 token (wrong PIN, locked or absent token)", e);
        } catch (KeyException e) {
            throw new SigningException(SigningException.Reason.UNSUPPORTED_ALGORITHM,
                    "the token key '" + label + "' is not usable by mlbom: " + e.getMessage(), e);
        } catch (java.security.GeneralSecurityException | ProviderException e) {
            throw new SigningException(SigningException.Reason.PROVIDER_FAILED,
                    "the PKCS#11 token failed (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static String slotLine(ProviderConfig config) throws SigningException {
        var slot = config.get("slot");
        var index = config.get("slotListIndex");
        if (slot.isPresent() && index.isPresent()) {
            throw new SigningException(SigningException.Reason.CONFIG_INVALID, "set 'slot' or 'slotListIndex', not both");
        }
        String key = slot.isPresent() ? "slot" : "slotListIndex";
        String value = slot.orElse(index.orElse("0"));
        if (!value.matches("\\d{1,10}")) {
            throw new SigningException(SigningException.Reason.CONFIG_INVALID, "'" + key + "' must be a number");
        }
        return key + " = " + value;
    }

    private static Provider configure(String library, String slotLine) throws SigningException {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new SigningException(SigningException.Reason.PROVIDER_FAILED,
                    "this JDK has no SunPKCS11 provider (module jdk.crypto.cryptoki)");
        }
        if (library.contains("\n") || library.contains("\"")) {
            throw new SigningException(SigningException.Reason.CONFIG_INVALID, "'library' holds an invalid character");
        }
        // the provider is never registered, so its name need not be unique
        String text = "--name = mlbom\n"
                + "library = \"" + library + "\"\n"
                + slotLine + "\n";
        try {
            return base.configure(text);
        } catch (ProviderException | IllegalArgumentException e) {
            throw new SigningException(SigningException.Reason.PROVIDER_FAILED,
                    "SunPKCS11 could not open the token with library " + library + " (" + slotLine + ")", e);
        }
    }

    private static char[] pin(ProviderConfig config) throws SigningException {
        var file = config.get("pinFile");
        var env = config.get("pinEnv");
        if (file.isPresent() == env.isPresent()) {
            throw new SigningException(SigningException.Reason.CONFIG_INVALID,
                    "set exactly one of 'pinFile' (a file holding the PIN) and 'pinEnv' (an environment variable name)");
        }
        String pin;
        if (file.isPresent()) {
            try {
                pin = Files.readAllLines(Path.of(file.get()), StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new SigningException(SigningException.Reason.CONFIG_INVALID,
                        "cannot read the PIN file " + file.get() + " (" + e.getClass().getSimpleName() + ")");
            }
        } else {
            pin = System.getenv(env.get());
            if (pin == null) {
                throw new SigningException(SigningException.Reason.CONFIG_INVALID,
                        "environment variable " + env.get() + " (named by 'pinEnv') is not set");
            }
        }
        if (pin.isEmpty()) {
            throw new SigningException(SigningException.Reason.CONFIG_INVALID, "the PIN is empty");
        }
        return pin.toCharArray();
    }
}
