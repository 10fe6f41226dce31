package dev.mlbom.dsse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PaeTest {

    private static String pae(String type, byte[] body) {
        return new String(Pae.encode(type, body), StandardCharsets.UTF_8);
    }

    @Test
    void matchesTheDsseSpecExample() {
        assertThat(pae("http://example.com/HelloWorld", "hello world".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("DSSEv1 29 http://example.com/HelloWorld 11 hello world");
    }

    @Test
    void lengthsAreInBytesNotCharacters() {
        byte[] body = "h\u00e9llo \u20ac".getBytes(StandardCharsets.UTF_8); // 6 chars, 10 bytes
        assertThat(body).hasSize(10);
        assertThat(pae("t\u00ff", body)).isEqualTo("DSSEv1 3 t\u00ff 10 h\u00e9llo \u20ac");
    }

    @Test
    void emptyValuesHaveLengthZero() {
        assertThat(Pae.encode("", new byte[0])).isEqualTo("DSSEv1 0  0 ".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void bodyBytesAreCopiedVerbatim() {
        byte[] body = {0, (byte) 0xff, ' ', '\n'};
        byte[] out = Pae.encode("x", body);
        byte[] prefix = "DSSEv1 1 x 4 ".getBytes(StandardCharsets.US_ASCII);
        assertThat(out).startsWith(prefix).endsWith(body).hasSize(prefix.length + 4);
    }
}
