package dev.mlbom.dsse.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mlbom.dsse.Envelope;
import dev.mlbom.dsse.EnvelopeException;
import dev.mlbom.dsse.Statement;
import dev.mlbom.dsse.Subject;
import dev.mlbom.model.HashAlgorithm;
import dev.mlbom.model.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Statement decoding that hands the predicate over as the parsed Jackson tree, unconverted: the
 * verifier binds, identifies and checks a large predicate in place. {@code StatementCodec.decode}
 * is the public form (its predicate is a {@code JsonValue}); both share these rules.
 *
 * <p><b>Not API.</b> Exported only to mlbom's provenance module. Stateless and thread-safe.
 */
public final class StatementTrees {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StatementTrees() {
    }

    /**
     * A parsed statement.
     *
     * @param subjects the subjects, at least one, names unique
     * @param predicateType the predicate type, not empty
     * @param predicate the predicate object (an empty object when absent); owned by the caller
     */
    public record Parsed(List<Subject> subjects, String predicateType, JsonNode predicate) {
    }

    /**
     * Parses the statement an envelope carries, after checking its payload type and predicate type.
     *
     * @param envelope the envelope
     * @param expectedPredicateType the predicate type the caller accepts
     * @return the parts
     * @throws EnvelopeException PAYLOAD_TYPE_MISMATCH, PREDICATE_TYPE_MISMATCH, or as {@link #parse(byte[])}
     */
    public static Parsed open(Envelope envelope, String expectedPredicateType) throws EnvelopeException {
        if (!Statement.PAYLOAD_TYPE.equals(envelope.payloadType())) {
            throw new EnvelopeException(EnvelopeException.Reason.PAYLOAD_TYPE_MISMATCH, "/payloadType",
                    "payloadType is '" + envelope.payloadType() + "', expected '" + Statement.PAYLOAD_TYPE + "'");
        }
        Parsed statement = parse(envelope.payload());
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
     * @return the parts, the predicate not copied
     * @throws EnvelopeException MALFORMED, DUPLICATE_KEY, WRONG_TYPE, MISSING_FIELD or
     *     STATEMENT_TYPE_MISMATCH, with a JSON Pointer into the payload
     */
    public static Parsed parse(byte[] payload) throws EnvelopeException {
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
            // the Statement's own subject rules (names unique), without its predicate
            new Statement(subjects, predicateType, null);
        } catch (IllegalArgumentException e) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, "/subject", e.getMessage());
        }
        return new Parsed(List.copyOf(subjects), predicateType,
                predicate == null || predicate.isNull() ? JsonNodeFactory.instance.objectNode() : predicate);
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
            String field = at + "/digest/" + Problem.escape(entry.getKey());
            if (entry.getKey().isEmpty()) {
                throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, field,
                        "a digest has an empty algorithm name; name the algorithm, e.g. sha256");
            }
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
