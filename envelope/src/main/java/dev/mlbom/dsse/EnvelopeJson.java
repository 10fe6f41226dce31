package dev.mlbom.dsse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.mlbom.dsse.internal.StrictBase64;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the DSSE JSON envelope strictly.
 *
 * <p>Reading accepts exactly {@code {"payloadType": string, "payload": base64, "signatures":
 * [{"keyid": string (optional), "sig": base64}, ...]}}; the one relaxation is that a
 * {@code "keyid": null} reads as no key id, because Sigstore bundles written by OpenSSF Model
 * Signing's reference implementation carry it. Duplicate members, unknown members,
 * wrong JSON types, trailing content, empty signature lists and base64 that is neither standard
 * nor URL-safe (the two the DSSE protocol allows) are rejected with a reason code and a JSON
 * Pointer. Documents over the size limit are rejected before parsing. Writing uses standard
 * base64 with padding, members in the order payload, payloadType, signatures, no whitespace, and
 * omits an empty keyid.
 *
 * <pre>{@code
 * Envelope envelope = EnvelopeJson.strict().read(Files.readAllBytes(path));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EnvelopeJson {

    /** The default size limit: {@link dev.mlbom.ProvenanceFormat#MAX_DOCUMENT_BYTES} (64 MiB). */
    public static final int DEFAULT_MAX_BYTES = dev.mlbom.ProvenanceFormat.MAX_DOCUMENT_BYTES;

    /**
     * The most signatures an envelope may carry (32). Verification work is bounded by this times
     * the number of trusted keys, whatever an attacker puts in an envelope.
     */
    public static final int MAX_SIGNATURES = 32;

    private static final EnvelopeJson STRICT = new EnvelopeJson(DEFAULT_MAX_BYTES);

    private final int maxBytes;
    private final JsonFactory factory;

    private EnvelopeJson(int maxBytes) {
        this.maxBytes = maxBytes;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Math.max(maxBytes, 1))
                        .maxNestingDepth(16)
                        .build())
                .build();
    }

    /**
     * The strict reader/writer with the default size limit ({@value #DEFAULT_MAX_BYTES} bytes).
     *
     * @return the shared instance
     */
    public static EnvelopeJson strict() {
        return STRICT;
    }

    /**
     * A reader/writer with another size limit.
     *
     * @param maxBytes the largest envelope accepted, in bytes; positive
     * @return the reader/writer
     */
    public EnvelopeJson withMaxBytes(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        return new EnvelopeJson(maxBytes);
    }

    /**
     * The size limit.
     *
     * @return the largest envelope accepted, in bytes
     */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Reads an envelope from a stream, reading at most one byte past the size limit.
     *
     * @param in the stream; not closed
     * @return the envelope
     * @throws EnvelopeException as {@link #read(byte[])}
     * @throws IOException when the stream fails
     */
    public Envelope read(InputStream in) throws EnvelopeException, IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        return read(bytes);
    }

    /**
     * Reads an envelope.
     *
     * @param json the envelope JSON (UTF-8)
     * @return the envelope
     * @throws EnvelopeException TOO_LARGE, MALFORMED, DUPLICATE_KEY, UNKNOWN_FIELD, MISSING_FIELD,
     *     WRONG_TYPE, BAD_BASE64 or NO_SIGNATURES, with the JSON Pointer of the problem
     */
    public Envelope read(byte[] json) throws EnvelopeException {
        if (json.length > maxBytes) {
            throw new EnvelopeException(EnvelopeException.Reason.TOO_LARGE, "", "the envelope is larger than "
                    + maxBytes + " bytes; raise the reader's limit if this is expected");
        }
        String pointer = "";
        for (int i = 0; i < Math.min(4, json.length); i++) {
            // UTF-8 JSON has no NUL byte; without this check the parser would guess UTF-16 or UTF-32
            if (json[i] == 0) {
                throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, pointer,
                        "the envelope is not UTF-8 JSON (a NUL byte at offset " + i + "; UTF-16 and UTF-32 are refused)");
            }
        }
        try (JsonParser parser = factory.createParser(json)) {
            Envelope envelope = readEnvelope(parser);
            if (parser.nextToken() != null) {
                throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, "",
                        "content follows the envelope's closing brace");
            }
            return envelope;
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage();
            if (what != null && what.startsWith("Duplicate field")) {
                throw new EnvelopeException(EnvelopeException.Reason.DUPLICATE_KEY, pointer,
                        "the envelope repeats a member: " + what);
            }
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, pointer, "the envelope is not valid JSON: "
                    + what + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            // in memory nothing can fail but the decoding of the bytes (e.g. an invalid UTF-8 sequence)
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, pointer, "the envelope cannot be read as"
                    + " UTF-8 JSON: " + e.getMessage());
        }
    }

    private Envelope readEnvelope(JsonParser p) throws IOException, EnvelopeException {
        expect(p, p.nextToken(), JsonToken.START_OBJECT, "", "an object");
        String payloadType = null;
        byte[] payload = null;
        List<EnvelopeSignature> signatures = null;
        Set<String> seen = new HashSet<>();
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String at = "/" + escape(name);
            if (!seen.add(name)) {
                throw new EnvelopeException(EnvelopeException.Reason.DUPLICATE_KEY, at, "member '" + name + "' appears twice");
            }
            switch (name) {
                case "payloadType" -> {
                    payloadType = string(p, at);
                    if (payloadType.isEmpty()) {
                        throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, at, "payloadType is empty");
                    }
                }
                case "payload" -> payload = base64(p, at);
                case "signatures" -> signatures = readSignatures(p, at);
                default -> throw new EnvelopeException(EnvelopeException.Reason.UNKNOWN_FIELD, at,
                        "unknown member '" + name + "'; a DSSE envelope has payloadType, payload and signatures");
            }
        }
        expect(p, token, JsonToken.END_OBJECT, "", "the end of the object");
        if (payloadType == null) {
            throw missing("/payloadType", "payloadType");
        }
        if (payload == null) {
            throw missing("/payload", "payload");
        }
        if (signatures == null) {
            throw missing("/signatures", "signatures");
        }
        if (signatures.isEmpty()) {
            throw new EnvelopeException(EnvelopeException.Reason.NO_SIGNATURES, "/signatures",
                    "the envelope has no signatures; sign it before distributing it");
        }
        return new Envelope(payloadType, payload, signatures);
    }

    private List<EnvelopeSignature> readSignatures(JsonParser p, String at) throws IOException, EnvelopeException {
        expect(p, p.nextToken(), JsonToken.START_ARRAY, at, "an array");
        List<EnvelopeSignature> out = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            String item = at + "/" + out.size();
            if (out.size() == MAX_SIGNATURES) {
                throw new EnvelopeException(EnvelopeException.Reason.TOO_LARGE, item, "the envelope has more than "
                        + MAX_SIGNATURES + " signatures; no signing policy needs that many, so it is refused"
                        + " before any is checked (a flood of signatures would keep the gate busy)");
            }
            expect(p, token, JsonToken.START_OBJECT, item, "an object");
            String keyid = null;
            byte[] sig = null;
            JsonToken member;
            while ((member = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                String field = item + "/" + escape(name);
                switch (name) {
                    case "keyid" -> {
                        if (keyid != null) {
                            throw new EnvelopeException(EnvelopeException.Reason.DUPLICATE_KEY, field, "keyid appears twice");
                        }
                        keyid = optionalString(p, field);
                    }
                    case "sig" -> {
                        if (sig != null) {
                            throw new EnvelopeException(EnvelopeException.Reason.DUPLICATE_KEY, field, "sig appears twice");
                        }
                        sig = base64(p, field);
                        if (sig.length == 0) {
                            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, field, "the signature is empty");
                        }
                    }
                    default -> throw new EnvelopeException(EnvelopeException.Reason.UNKNOWN_FIELD, field,
                            "unknown member '" + name + "'; a DSSE signature has keyid and sig");
                }
            }
            expect(p, member, JsonToken.END_OBJECT, item, "the end of the object");
            if (sig == null) {
                throw missing(item + "/sig", "sig");
            }
            out.add(new EnvelopeSignature(keyid == null ? "" : keyid, sig));
        }
        return out;
    }

    private static String string(JsonParser p, String at) throws IOException, EnvelopeException {
        JsonToken token = p.nextToken();
        if (token != JsonToken.VALUE_STRING) {
            throw new EnvelopeException(EnvelopeException.Reason.WRONG_TYPE, at, "expected a string, found " + describe(token));
        }
        return p.getText();
    }

    /** A string, or null read as "" (how protobuf-JSON writers such as Sigstore's say "unset"). */
    private static String optionalString(JsonParser p, String at) throws IOException, EnvelopeException {
        JsonToken token = p.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return "";
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new EnvelopeException(EnvelopeException.Reason.WRONG_TYPE, at, "expected a string, found " + describe(token));
        }
        return p.getText();
    }

    private static byte[] base64(JsonParser p, String at) throws IOException, EnvelopeException {
        String text = string(p, at);
        byte[] bytes = StrictBase64.decode(text);
        if (bytes == null) {
            throw new EnvelopeException(EnvelopeException.Reason.BAD_BASE64, at,
                    "not standard or URL-safe base64 (no whitespace, correct padding or none)");
        }
        return bytes;
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String at, String what)
            throws EnvelopeException {
        if (actual != expected) {
            throw new EnvelopeException(actual == null ? EnvelopeException.Reason.MALFORMED
                    : EnvelopeException.Reason.WRONG_TYPE, at, "expected " + what + ", found " + describe(actual));
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the document";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    private static EnvelopeException missing(String at, String name) {
        return new EnvelopeException(EnvelopeException.Reason.MISSING_FIELD, at, "required member '" + name + "' is missing");
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Writes an envelope as compact JSON.
     *
     * @param envelope the envelope
     * @return UTF-8 JSON bytes
     */
    public byte[] write(Envelope envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("payload", StrictBase64.encode(envelope.payload()));
            g.writeStringField("payloadType", envelope.payloadType());
            g.writeArrayFieldStart("signatures");
            for (EnvelopeSignature signature : envelope.signatures()) {
                g.writeStartObject();
                if (!signature.keyid().isEmpty()) {
                    g.writeStringField("keyid", signature.keyid());
                }
                g.writeStringField("sig", StrictBase64.encode(signature.sig()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
