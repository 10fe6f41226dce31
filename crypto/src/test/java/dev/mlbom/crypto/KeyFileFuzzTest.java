package dev.mlbom.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Fuzz targets of the key and certificate readers (docs/fuzzing.md): private keys in PEM, public
 * keys in PEM or DER (SPKI), certificates in PEM. Any input is either refused with a
 * {@link KeyException} that carries a reason, or loaded, and then its re-encoding reads back to an
 * equal key. Any other exception or error is a finding. Without {@code JAZZER_FUZZ} each runs its
 * committed inputs in {@code KeyFileFuzzTestInputs/<method>/} as a regression test.
 */
class KeyFileFuzzTest {

    /** Every byte to one char, so that the fuzzer reaches all of the text decoder's input space. */
    private static String text(byte[] input) {
        return new String(input, StandardCharsets.ISO_8859_1);
    }

    private static void refused(KeyException e) {
        assertThat(e.reason()).as("reason of %s", e.getMessage()).isNotNull();
        assertThat(e.getMessage()).isNotBlank();
    }

    @FuzzTest
    void privateKeyPem(byte[] input) {
        KeyPairHandle key;
        try {
            key = KeyPairHandle.fromPem(text(input));
        } catch (KeyException e) {
            refused(e);
            return;
        }
        String pem = key.toPem();
        KeyPairHandle back;
        try {
            back = KeyPairHandle.fromPem(pem);
        } catch (KeyException e) {
            throw new AssertionError("a loaded private key's own PEM is refused: " + e.getMessage(), e);
        }
        assertThat(back.algorithm()).isEqualTo(key.algorithm());
        assertThat(back.publicKey()).isEqualTo(key.publicKey());
        assertThat(back.keyId()).isEqualTo(key.keyId());
        assertThat(back.toPem()).as("PEM re-encodes identically").isEqualTo(pem);
    }

    @FuzzTest
    void publicKey(byte[] input) {
        PublicKeyHandle key;
        try {
            // DER SPKI starts with a SEQUENCE tag; anything else is read as PEM text
            key = input.length > 0 && input[0] == 0x30 ? PublicKeyHandle.fromSpki(input)
                    : PublicKeyHandle.fromPem(text(input));
        } catch (KeyException e) {
            refused(e);
            return;
        }
        try {
            assertThat(PublicKeyHandle.fromPem(key.toPem())).as("PEM round trip").isEqualTo(key);
            assertThat(PublicKeyHandle.fromSpki(key.spki())).as("DER round trip").isEqualTo(key);
        } catch (KeyException e) {
            throw new AssertionError("a loaded public key's own encoding is refused: " + e.getMessage(), e);
        }
    }

    @FuzzTest
    void certificatesPem(byte[] input) {
        List<X509Certificate> chain;
        try {
            chain = Certificates.fromPem(text(input));
        } catch (KeyException e) {
            refused(e);
            return;
        }
        assertThat(chain).isNotEmpty();
        List<X509Certificate> back;
        try {
            back = Certificates.fromPem(Certificates.toPem(chain));
        } catch (KeyException e) {
            throw new AssertionError("loaded certificates' own PEM is refused: " + e.getMessage(), e);
        }
        assertThat(back).as("PEM round trip").isEqualTo(chain);
    }
}
