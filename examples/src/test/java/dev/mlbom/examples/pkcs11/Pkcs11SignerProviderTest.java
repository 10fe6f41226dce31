package dev.mlbom.examples.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mlbom.spi.ProviderConfig;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SigningException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs11SignerProviderTest {

    private final Pkcs11SignerProvider provider = new Pkcs11SignerProvider();

    @TempDir
    Path dir;

    @Test
    void describesItself() {
        assertThat(provider.name()).isEqualTo("pkcs11");
        assertThat(provider.algorithms()).contains(SignatureAlgorithm.ECDSA_P256_SHA256);
    }

    @Test
    void aWrongPinIsReportedWithoutThePin() throws Exception {
        SoftHsmToken token = SoftHsmToken.get();
        Path pin = Files.writeString(dir.resolve("pin"), "987654\n");
        SigningException e = catchThrowableOfType(SigningException.class, () -> provider.create(ProviderConfig.of(
                "slot", token.idleSlot, "keyLabel", SoftHsmToken.LABEL, "pinFile", pin.toString())));
        assertThat(e.reason()).isEqualTo(SigningException.Reason.KEY_UNAVAILABLE);
        assertThat(e.getMessage()).doesNotContain("987654");
    }

    @Test
    void anUnknownKeyLabelIsReported() throws Exception {
        SoftHsmToken token = SoftHsmToken.get();
        SigningException e = catchThrowableOfType(SigningException.class, () -> provider.create(ProviderConfig.of(
                "slot", token.slot, "keyLabel", "no-such-key", "pinFile", token.pinFile.toString())));
        assertThat(e.reason()).isEqualTo(SigningException.Reason.KEY_UNAVAILABLE);
        assertThat(e.getMessage()).contains("no-such-key");
    }

    @Test
    void badConfigurationIsRejectedBeforeTouchingTheToken() {
        assertReason(ProviderConfig.of("pinFile", "/x"), "keyLabel");
        assertReason(ProviderConfig.of("keyLabel", "k", "library", dir.resolve("none.so").toString(), "pinFile", "/x"),
                "does not exist");
        assertReason(ProviderConfig.of("keyLabel", "k", "slot", "1", "slotListIndex", "0", "pinFile", "/x"), "not both");
        assertReason(ProviderConfig.of("keyLabel", "k", "slot", "one", "pinFile", "/x"), "number");
        assertReason(ProviderConfig.of("keyLabel", "k"), "pinFile");
        assertReason(ProviderConfig.of("keyLabel", "k", "pinEnv", "MLBOM_TEST_UNSET_PIN_VARIABLE"), "not set");
    }

    private void assertReason(ProviderConfig config, String messagePart) {
        SigningException e = catchThrowableOfType(SigningException.class, () -> provider.create(config));
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(SigningException.Reason.CONFIG_INVALID);
        assertThat(e.getMessage()).contains(messagePart);
    }
}
