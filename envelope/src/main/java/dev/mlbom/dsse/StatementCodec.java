package dev.mlbom.dsse;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.error.MlbomException;
import dev.mlbom.model.HashAlgorithm;
import dev.mlbom.spi.Signer;
import dev.mlbom.spi.SigningException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns in-toto Statements into DSSE payload bytes and back.
 *
 * <p>Encoding builds the Statement as a JSON tree and hands it to the canonicalizer given at
 * construction, which must produce RFC 8785 (JCS) bytes: canonical payloads mean that re-encoding
 * a statement never breaks its signature. The canonicalizer is the one seam through which
 * mlbom's canonical form enters; nothing here orders keys or formats numbers by itself.
 *
 * <p>Decoding is strict where in-toto allows it: not JSON, a repeated member, a wrong type, a
 * missing {@code _type}/{@code subject}/{@code predicateType}, another {@code _type}, or a subject
 * without name or digests are rejected with a reason code and a JSON Pointer into the payload.
 * Unknown members are ignored, as the in-toto parsing rules require of consumers. Digest values of
 * the algorithms mlbom knows ({@code sha256}, {@code sha384}, {@code sha512}, {@code blake3}) must be lower-case hex of the right length.
 *
 * <p>Immutable and thread-safe when the canonicalizer is.
 */
public final class StatementCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonCanonicalizer canonicalizer;

    /**
     * Creates a codec.
     *
     * @param canonicalizer turns a JSON tree into its RFC 8785 canonical UTF-8 bytes, e.g.
     *     {@code Canonicalizer.strict()::canonicalize} from core
     */
    public StatementCodec(JsonCanonicalizer canonicalizer) {
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
    }

    /**
     * The statement as a JSON tree: {@code _type}, {@code subject}, {@code predicateType},
     * {@code predicate}.
     *
     * @param statement the statement
     * @return a new tree
     */
    public static ObjectNode toJson(Statement statement) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("_type", Statement.TYPE);
        ArrayNode subjects = root.putArray("subject");
        for (Subject subject : statement.subjects()) {
            ObjectNode s = subjects.addObject();
            s.put("name", subject.name());
            ObjectNode digest = s.putObject("digest");
            subject.digest().forEach(digest::put);
        }
        root.put("predicateType", statement.predicateType());
        root.set("predicate", statement.predicate());
        return root;
    }

    /**
     * Encodes a statement as canonical payload bytes.
     *
     * @param statement the statement
     * @return the canonicalizer's bytes for {@link #toJson(Statement)}
     * @throws EnvelopeException NOT_CANONICALIZABLE when the canonicalizer rejects the statement
     *     (for example a predicate holding a non-finite number)
     */
    public byte[] encode(Statement statement) throws EnvelopeException {
        byte[] bytes;
        try {
            bytes = canonicalizer.canonicalize(toJson(statement));
        } catch (MlbomException e) {
            throw new EnvelopeException(EnvelopeException.Reason.NOT_CANONICALIZABLE, null,
                    "the statement cannot be canonicalized: " + e.getMessage(), e);
        }
        if (bytes == null) {
            throw new IllegalStateException("the canonicalizer returned null");
        }
        return bytes;
    }

    /**
     * Encodes a statement and signs it into an envelope of payload type
     * {@value Statement#PAYLOAD_TYPE}.
     *
     * @param statement the statement
     * @param signers at least one signer
     * @return the signed envelope
     * @throws SigningException when a signer fails
     * @throws EnvelopeException NOT_CANONICALIZABLE as {@link #encode(Statement)}
     */
    public Envelope sign(Statement statement, List<? extends Signer> signers) throws SigningException, EnvelopeException {
        return Dsse.sign(Statement.PAYLOAD_TYPE, encode(statement), signers);
    }

    /**
     * Parses the statement an envelope carries, after checking its payload type and predicate
     * type. This does not verify signatures: call {@link Dsse#verify} first.
     *
     * @param envelope the envelope
     * @param expectedPredicateType the predicate type the caller accepts
     * @return the statement
     * @throws EnvelopeException PAYLOAD_TYPE_MISMATCH, PREDICATE_TYPE_MISMATCH, or as {@link #decode(byte[])}
     */
    public Statement open(Envelope envelope, String expectedPredicateType) throws EnvelopeException {
        if (!Statement.PAYLOAD_TYPE.equals(envelope.payloadType())) {
            throw new EnvelopeException(EnvelopeException.Reason.PAYLOAD_TYPE_MISMATCH, "/payloadType",
                    "payloadType is '" + envelope.payloadType() + "', expected '" + Statement.PAYLOAD_TYPE + "'");
        }
        Statement statement = decode(envelope.payload());
        if (!statement.predicateType().equals(expectedPredicateType)) {
            throw new EnvelopeException(EnvelopeException.Reason.PREDICATE_TYPE_MISMATCH, "/predicateType",
                    "predicateType is '" + statement.predicateType() + "', expected '" + expectedPredicateType + "'");
        }
        return statement;
    }

    /**
     * Parses statement payload bytes.
     *
     * @param payload UTF-8 JSON
     * @return the statement
     * @throws EnvelopeException MALFORMED, DUPLICATE_KEY, WRONG_TYPE, MISSING_FIELD or
     *     STATEMENT_TYPE_MISMATCH, with a JSON Pointer into the payload
     */
    public Statement decode(byte[] payload) throws EnvelopeException {
        JsonNode root;
        try {
            root = MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage();
            if (what != null && what.startsWith("Duplicate field")) {
                throw new EnvelopeException(EnvelopeException.Reason.DUPLICATE_KEY, null,
                        "the statement repeats a member: " + what);
            }
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, null, "the statement is not valid JSON: " + what);
        } catch (IOException e) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, null, "the statement cannot be read");
        }
        if (root == null || !root.isObject()) {
            throw new EnvelopeException(EnvelopeException.Reason.WRONG_TYPE, "", "the statement must be a JSON object");
        }
        String type = text(root, "_type", "/_type");
        if (!Statement.TYPE.equals(type)) {
            throw new EnvelopeException(EnvelopeException.Reason.STATEMENT_TYPE_MISMATCH, "/_type",
                    "_type is '" + type + "', expected '" + Statement.TYPE + "'");
        }
        JsonNode subjectNode = require(root, "subject", "/subject");
        if (!subjectNode.isArray()) {
            throw wrongType("/subject", "an array");
        }
        if (subjectNode.isEmpty()) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, "/subject", "the statement has no subject");
        }
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < subjectNode.size(); i++) {
            subjects.add(subject(subjectNode.get(i), "/subject/" + i));
        }
        String predicateType = text(root, "predicateType", "/predicateType");
        if (predicateType.isEmpty()) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, "/predicateType", "predicateType is empty");
        }
        JsonNode predicate = root.get("predicate");
        if (predicate != null && !predicate.isNull() && !predicate.isObject()) {
            throw wrongType("/predicate", "an object");
        }
        try {
            return new Statement(subjects, predicateType, predicate);
        } catch (IllegalArgumentException e) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, "/subject", e.getMessage());
        }
    }

    private static Subject subject(JsonNode node, String at) throws EnvelopeException {
        if (!node.isObject()) {
            throw wrongType(at, "an object");
        }
        String name = text(node, "name", at + "/name");
        if (name.isEmpty()) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, at + "/name", "the subject name is empty");
        }
        JsonNode digestNode = require(node, "digest", at + "/digest");
        if (!digestNode.isObject()) {
            throw wrongType(at + "/digest", "an object");
        }
        if (digestNode.isEmpty()) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, at + "/digest", "the subject has no digest");
        }
        Map<String, String> digest = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : digestNode.properties()) {
            String field = at + "/digest/" + EnvelopeJson.escape(entry.getKey());
            if (!entry.getValue().isTextual()) {
                throw wrongType(field, "a string");
            }
            String value = entry.getValue().textValue();
            Optional<HashAlgorithm> known = HashAlgorithm.fromId(entry.getKey())
                    .filter(a -> a.id().equals(entry.getKey()));
            if (value.isEmpty() || known.isPresent()
                    && (value.length() != known.get().hexLength() || !value.matches("[0-9a-f]+"))) {
                throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, field,
                        "digest value is not lower-case hex of the algorithm's length");
            }
            digest.put(entry.getKey(), value);
        }
        return new Subject(name, digest);
    }

    private static JsonNode require(JsonNode node, String name, String at) throws EnvelopeException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new EnvelopeException(EnvelopeException.Reason.MISSING_FIELD, at, "required member '" + name + "' is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String name, String at) throws EnvelopeException {
        JsonNode value = require(node, name, at);
        if (!value.isTextual()) {
            throw wrongType(at, "a string");
        }
        return value.textValue();
    }

    private static EnvelopeException wrongType(String at, String expected) {
        return new EnvelopeException(EnvelopeException.Reason.WRONG_TYPE, at, "expected " + expected);
    }
}
