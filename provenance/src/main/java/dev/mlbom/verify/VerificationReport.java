package dev.mlbom.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of every check of one verification, for CI output and logs. Produced by
 * {@link Verifier#check}; also attached to a {@link VerificationException}.
 *
 * <p>{@link #toJson()} gives the report as JSON for CI logs and tools ({@code mlbom verify --json}
 * prints it); {@link VerifiedProvenance#toJson()} adds the verified identity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param model where the verified model is (a path or the {@link ModelFiles#location()})
 * @param envelope where the envelope came from (a path or the caller's description)
 * @param results one result per check, in {@link CheckName} order
 */
public record VerificationReport(String model, String envelope, List<CheckResult> results) {

    /** Copies the results. */
    public VerificationReport {
        results = List.copyOf(results);
    }

    /**
     * Whether every check passed or was skipped by the policy, with at least one passed.
     *
     * @return true when the model may be used
     */
    public boolean passed() {
        return firstFailure().isEmpty() && results.stream().anyMatch(r -> r.status() == CheckResult.Status.PASSED);
    }

    /**
     * The first failed check, in check order.
     *
     * @return the failure, or empty
     */
    public Optional<CheckResult> firstFailure() {
        return results.stream().filter(r -> r.status() == CheckResult.Status.FAILED).findFirst();
    }

    /**
     * The result of one check.
     *
     * @param check which
     * @return its result, or empty when it did not run
     */
    public Optional<CheckResult> result(CheckName check) {
        return results.stream().filter(r -> r.check() == check).findFirst();
    }

    /**
     * The report as one indented JSON document, in a stable shape: members may be added in later
     * versions, never renamed or removed.
     *
     * <pre>{@code
     * {
     *   "model" : "models/bot",                  // where the model is
     *   "envelope" : "models/bot.mlbom.json",    // where the envelope came from
     *   "verified" : false,                      // passed()
     *   "reason" : "REQUIRED_FIELD_MISSING",     // the first failed check's reason, or null
     *   "message" : "...",                       // the first failed check's message, or null
     *   "checks" : [ {
     *     "check" : "required-fields",           // CheckName.id(), the same spelling as the text output
     *     "status" : "FAILED",                   // PASSED, FAILED or SKIPPED
     *     "reason" : "REQUIRED_FIELD_MISSING",   // present exactly when FAILED, else null
     *     "detail" : null,                       // the lower layer's reason code, when one was given
     *     "message" : "..."
     *   } ]
     * }
     * }</pre>
     *
     * @return the JSON text, without a final line feed
     */
    public String toJson() {
        return write(tree());
    }

    /** The JSON tree of {@link #toJson()}, for {@link VerifiedProvenance#toJson()} to extend. */
    ObjectNode tree() {
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put("model", model);
        doc.put("envelope", envelope);
        doc.put("verified", passed());
        Optional<CheckResult> failure = firstFailure();
        doc.put("reason", failure.flatMap(CheckResult::reason).map(Enum::name).orElse(null));
        doc.put("message", failure.map(CheckResult::message).orElse(null));
        ArrayNode checks = doc.putArray("checks");
        for (CheckResult result : results) {
            ObjectNode check = checks.addObject();
            check.put("check", result.check().id());
            check.put("status", result.status().name());
            check.put("reason", result.reason().map(Enum::name).orElse(null));
            check.put("detail", result.detail().map(dev.mlbom.error.ReasonCode::name).orElse(null));
            check.put("message", result.message());
        }
        return doc;
    }

    static String write(ObjectNode tree) {
        try {
            return Json.MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings cannot fail to serialize", e);
        }
    }

    /** Made on first use: a run that prints no JSON does not pay for building a mapper. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
