package dev.mlbom.dsse;

import dev.mlbom.model.Artifact;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.Shard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An in-toto Statement v1: the subjects an attestation is about, the type of its predicate, and
 * the predicate. Encoding it to the canonical payload bytes is {@link StatementCodec}'s job.
 *
 * <p>Immutable and thread-safe ({@link JsonValue} is immutable).
 *
 * @param subjects at least one subject, names unique
 * @param predicateType the predicate's type URI, e.g. {@code https://mlbom.dev/provenance/v1}
 * @param predicate the predicate, a JSON object (an absent predicate is an empty object, as the
 *     in-toto spec treats them the same)
 */
public record Statement(List<Subject> subjects, String predicateType, JsonValue predicate) {

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
        if (predicate == null || predicate instanceof JsonValue.Null) {
            predicate = new JsonValue.Obj(Map.of());
        }
        if (!(predicate instanceof JsonValue.Obj)) {
            throw new IllegalArgumentException("the predicate must be a JSON object");
        }
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
