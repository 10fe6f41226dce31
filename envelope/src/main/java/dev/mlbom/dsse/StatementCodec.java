package dev.mlbom.dsse;

import dev.mlbom.dsse.jackson.StatementTrees;
import dev.mlbom.canonical.Canonicalizer;
import dev.mlbom.error.MlbomException;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.model.JsonValue;
import dev.mlbom.spi.Signer;
import dev.mlbom.spi.SigningException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * <p>Immutable and thread-safe.
 */
public final class StatementCodec {

    private static final StatementCodec CANONICAL = new StatementCodec(Canonicalizer.strict()::canonicalize);

    private final JsonCanonicalizer canonicalizer;

    /** A codec with another canonical form; for tests in this package (failure injection). */
    StatementCodec(JsonCanonicalizer canonicalizer) {
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
    }

    /**
     * The codec: statements encode to their RFC 8785 canonical bytes (mlbom's one
     * {@code Canonicalizer}).
     *
     * @return the shared codec
     */
    public static StatementCodec canonical() {
        return CANONICAL;
    }

    /**
     * The statement as a JSON tree: {@code _type}, {@code subject}, {@code predicateType},
     * {@code predicate}.
     *
     * @param statement the statement
     * @return the statement as an immutable JSON object, members in that order
     */
    public static JsonValue toJson(Statement statement) {
        List<JsonValue> subjects = new ArrayList<>();
        for (Subject subject : statement.subjects()) {
            Map<String, JsonValue> digest = new LinkedHashMap<>();
            subject.digest().forEach((algorithm, hex) -> digest.put(algorithm, JsonValue.of(hex)));
            Map<String, JsonValue> s = new LinkedHashMap<>();
            s.put("name", JsonValue.of(subject.name()));
            s.put("digest", new JsonValue.Obj(digest));
            subjects.add(new JsonValue.Obj(s));
        }
        Map<String, JsonValue> root = new LinkedHashMap<>();
        root.put("_type", JsonValue.of(Statement.TYPE));
        root.put("subject", new JsonValue.Array(subjects));
        root.put("predicateType", JsonValue.of(statement.predicateType()));
        root.put("predicate", statement.predicate());
        return new JsonValue.Obj(root);
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
     *     STATEMENT_TYPE_MISMATCH, with a JSON Pointer into the payload; MALFORMED also for a
     *     predicate number beyond the range of a double
     */
    public Statement decode(byte[] payload) throws EnvelopeException {
        StatementTrees.Parsed parsed = StatementTrees.parse(payload);
        JsonValue predicate;
        try {
            predicate = JacksonTrees.toValue(parsed.predicate());
        } catch (IllegalArgumentException e) {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, "/predicate", e.getMessage());
        }
        return new Statement(parsed.subjects(), parsed.predicateType(), predicate);
    }
}
