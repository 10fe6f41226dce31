package dev.mlbom.dsse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The DSSE v1 pre-authentication encoding, the bytes every DSSE signature is made over:
 * {@code "DSSEv1" SP len(type) SP type SP len(body) SP body}, where the lengths are the byte
 * lengths (of the UTF-8 type and of the body) in ASCII decimal without leading zeros.
 *
 * <p>Stateless and thread-safe.
 */
public final class Pae {

    private static final byte[] PREFIX = "DSSEv1 ".getBytes(StandardCharsets.US_ASCII);

    private Pae() {
    }

    /**
     * Encodes.
     *
     * @param payloadType the payload type; its UTF-8 bytes are what is measured and signed
     * @param payload the serialized body
     * @return the pre-authentication encoding
     */
    public static byte[] encode(String payloadType, byte[] payload) {
        byte[] type = Objects.requireNonNull(payloadType, "payloadType").getBytes(StandardCharsets.UTF_8);
        Objects.requireNonNull(payload, "payload");
        byte[] typeLength = Integer.toString(type.length).getBytes(StandardCharsets.US_ASCII);
        byte[] bodyLength = Integer.toString(payload.length).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                PREFIX.length + typeLength.length + type.length + bodyLength.length + payload.length + 3);
        out.writeBytes(PREFIX);
        out.writeBytes(typeLength);
        out.write(' ');
        out.writeBytes(type);
        out.write(' ');
        out.writeBytes(bodyLength);
        out.write(' ');
        out.writeBytes(payload);
        return out.toByteArray();
    }
}
