package dev.mlbom.dsse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.Shard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An in-toto Statement v1: the subjects an attestation is about, the type of its predicate, and
 * the predicate. Encoding it to the canonical payload bytes is {@link StatementCodec}'s job.
 *
 * <p>Immutable and thread-safe: the predicate is deep-copied in and out.
 *
 * @param subjects at least one subject, names unique
 * @param predicateType the predicate's type URI, e.g. {@code https://mlbom.dev/provenance/v1}
 * @param predicate the predicate, a JSON object (an absent predicate is an empty object, as the
 *     in-toto spec treats them the same)
 */
public record Statement(List<Subject> subjects, String predicateType, JsonNode predicate) {

    /** The {@code _type} of in-toto Statement v1. */
    public static final String TYPE = dev.mlbom.ProvenanceFormat.STATEMENT_TYPE;

    /** The DSSE payload type of an in-toto Statement. */
    public static final String PAYLOAD_TYPE = dev.mlbom.ProvenanceFormat.PAYLOAD_TYPE;

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException when there is no subject, a name repeats, the predicate
     *     type is empty, or the predicate is not an object
     */
    public Statement {
        subjects = List.copyOf(subjects);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one subject");
        }
        Set<String> names = new HashSet<>();
        for (Subject subject : subjects) {
            if (!names.add(subject.name())) {
                throw new IllegalArgumentException("subject name '" + subject.name() + "' appears twice");
            }
        }
        Objects.requireNonNull(predicateType, "predicateType");
        if (predicateType.isEmpty()) {
            throw new IllegalArgumentException("predicateType cannot be empty");
        }
        if (predicate == null || predicate.isNull() || predicate.isMissingNode()) {
            predicate = JsonNodeFactory.instance.objectNode();
        }
        if (!predicate.isObject()) {
            throw new IllegalArgumentException("the predicate must be a JSON object");
        }
        predicate = predicate.deepCopy();
    }

    /**
     * The predicate.
     *
     * @return a deep copy
     */
    @Override
    public JsonNode predicate() {
        return predicate.deepCopy();
    }

    /**
     * The subjects for a model's artifacts, in the given order: a file hashed whole is one
     * subject named by its path; a sharded file gives one subject per shard, named
     * {@code path:start:end} (as OpenSSF Model Signing names shards).
     *
     * @param artifacts the artifacts
     * @return the subjects
     */
    public static List<Subject> subjectsOf(List<Artifact> artifacts) {
        List<Subject> out = new ArrayList<>();
        for (Artifact artifact : artifacts) {
            if (artifact.sharded()) {
                for (Shard shard : artifact.shards()) {
                    out.add(Subject.of(shard.name(artifact.path()), shard.digests()));
                }
            } else {
                out.add(Subject.of(artifact.path(), artifact.digests()));
            }
        }
        return List.copyOf(out);
    }
}
