package dev.mlbom.verify;

import dev.mlbom.hash.ArtifactHasher;
import dev.mlbom.hash.CancellationToken;
import dev.mlbom.hash.HashingException;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.Digest;
import dev.mlbom.model.HashAlgorithm;
import dev.mlbom.model.Shard;
import dev.mlbom.verify.VerificationException.Reason;
import dev.mlbom.verify.VerificationRun.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a model's files on disk against the manifest's artifacts: nothing missing, nothing
 * unexpected, every size and digest equal. Hashes with the same algorithms and shard size the
 * manifest records. Not thread-safe; one instance per check.
 */
final class ArtifactCheck {

    private static final int MAX_NAMES = 5;

    private final ModelFiles model;
    private final List<Artifact> artifacts;
    private final Policy policy;
    private final RunContext context;
    private final CancellationToken token;

    ArtifactCheck(ModelFiles model, List<Artifact> artifacts, RunContext context) {
        this.model = model;
        this.artifacts = artifacts;
        this.policy = context.policy();
        this.context = context;
        this.token = context.options().cancellation().orElseGet(CancellationToken::new);
    }

    String run() throws Failure {
        if (artifacts.isEmpty()) {
            throw new Failure(Reason.ARTIFACT_MISSING, "the manifest lists no artifacts, so nothing ties it to the"
                    + " files in " + model.location() + "; sign the model with mlbom so that its files are hashed");
        }
        ArtifactHasher hasher = hasherFor(artifacts, context);
        Set<String> present = new TreeSet<>(list(hasher));
        Map<String, Artifact> listed = new LinkedHashMap<>();
        artifacts.forEach(a -> listed.put(a.path(), a));

        List<String> missing = listed.keySet().stream().filter(p -> !present.contains(p)).toList();
        if (!missing.isEmpty()) {
            throw new Failure(Reason.ARTIFACT_MISSING, missing.size() + " file(s) the manifest lists are not in "
                    + model.location() + ": " + names(missing) + "; restore them from the signed release");
        }
        List<String> unexpected = present.stream().filter(p -> !listed.containsKey(p)).toList();
        if (!unexpected.isEmpty() && !policy.allowUnexpectedFiles()) {
            throw new Failure(Reason.ARTIFACT_UNEXPECTED, unexpected.size() + " file(s) in " + model.location()
                    + " are not in the manifest: " + names(unexpected)
                    + "; remove them, or re-sign the model if they belong to it");
        }
        for (Artifact artifact : artifacts) {
            long size = size(artifact.path());
            if (size != artifact.size()) {
                throw new Failure(Reason.ARTIFACT_DIGEST_MISMATCH, "file " + where(artifact.path()) + " has "
                        + size + " bytes but the manifest records " + artifact.size()
                        + " (truncated, grown or replaced); restore it from the signed release");
            }
        }
        if (policy.skipArtifactDigests()) {
            return artifacts.size() + " file(s) present with their recorded sizes; digests not checked"
                    + " (policy: skipArtifactDigests)";
        }
        List<Artifact> hashed = hash(hasher, listed);
        long bytes = 0;
        for (Artifact actual : hashed) {
            Artifact expected = listed.get(actual.path());
            compare(where(expected.path()), expected, actual);
            bytes += actual.size();
        }
        return artifacts.size() + " file(s), " + bytes + " bytes, re-hashed and equal to the manifest"
                + (unexpected.isEmpty() ? "" : " (" + unexpected.size() + " unlisted file(s) allowed by the policy)");
    }

    private static ArtifactHasher hasherFor(List<Artifact> artifacts, RunContext context) {
        Set<HashAlgorithm> algorithms = EnumSet.noneOf(HashAlgorithm.class);
        long shardSize = 0;
        boolean sharded = false;
        for (Artifact artifact : artifacts) {
            artifact.digests().forEach(d -> algorithms.add(d.algorithm()));
            for (Shard shard : artifact.shards()) {
                shard.digests().forEach(d -> algorithms.add(d.algorithm()));
            }
            if (artifact.sharded()) {
                sharded = true;
                shardSize = Math.max(shardSize, artifact.shards().get(0).length());
            }
        }
        ArtifactHasher.Builder builder = ArtifactHasher.builder().algorithms(algorithms)
                .listener(context.options().progress()).threads(context.threads());
        context.policy().symlinkBoundary().ifPresent(builder::followSymlinksWithin);
        if (sharded) {
            builder.sharded(Math.max(1, shardSize));
        } else {
            builder.perFile();
        }
        return builder.build();
    }

    private List<String> list(ArtifactHasher hasher) throws Failure {
        if (model instanceof LocalModelFiles local) {
            if (local.isSingleFile()) {
                return List.of(local.path().getFileName().toString());
            }
            try {
                return hasher.listFiles(local.path());
            } catch (HashingException e) {
                throw unreadable(e);
            }
        }
        try {
            return model.list();
        } catch (IOException e) {
            throw new Failure(Reason.ARTIFACT_UNREADABLE, "the files of " + model.location()
                    + " cannot be listed: " + e.getMessage(), e);
        }
    }

    private List<Artifact> hash(ArtifactHasher hasher, Map<String, Artifact> listed) throws Failure {
        try {
            if (model instanceof LocalModelFiles local) {
                return hasher.hashFiles(local.root(), new ArrayList<>(listed.keySet()), token);
            }
            List<Artifact> hashed = new ArrayList<>();
            for (Artifact expected : listed.values()) {
                try (InputStream in = model.open(expected.path())) {
                    hashed.add(hasher.hashStream(expected.path(), expected.size(), in, token));
                } catch (IOException e) {
                    throw new Failure(Reason.ARTIFACT_UNREADABLE, "cannot read " + where(expected.path()) + ": "
                            + e.getMessage(), e);
                }
            }
            return hashed;
        } catch (HashingException e) {
            throw unreadable(e);
        }
    }

    private static Failure unreadable(HashingException e) {
        Reason reason = switch (e.reason()) {
            case NOT_FOUND, EMPTY_MODEL -> Reason.ARTIFACT_MISSING;
            case CANCELLED -> Reason.CANCELLED;
            default -> Reason.ARTIFACT_UNREADABLE;
        };
        if (reason == Reason.CANCELLED) {
            return new Failure(reason, "verification was cancelled while the model's files were re-hashed ("
                    + e.getMessage() + "); the model is not verified: do not load it, verify again to load it", e);
        }
        return new Failure(reason, "the model's files cannot be checked (" + e.reasonCode() + "): " + e.getMessage(), e);
    }

    private long size(String path) throws Failure {
        try {
            return model instanceof LocalModelFiles local ? Files.size(local.root().resolve(path)) : model.size(path);
        } catch (IOException e) {
            throw new Failure(Reason.ARTIFACT_UNREADABLE, "cannot read the size of " + where(path) + ": "
                    + e.getMessage(), e);
        }
    }

    private String where(String path) {
        return model instanceof LocalModelFiles local ? local.root().resolve(path).toString()
                : model.location() + "/" + path;
    }

    private static void compare(String file, Artifact expected, Artifact actual) throws Failure {
        if (expected.sharded()) {
            if (expected.shards().size() != actual.shards().size()) {
                throw new Failure(Reason.ARTIFACT_DIGEST_MISMATCH, "file " + file + " does not match its recorded shards;"
                        + " restore it from the signed release");
            }
            for (int i = 0; i < expected.shards().size(); i++) {
                Shard want = expected.shards().get(i);
                Shard got = actual.shards().get(i);
                if (want.start() != got.start() || want.end() != got.end() || !sameDigests(want.digests(), got.digests())) {
                    throw new Failure(Reason.ARTIFACT_DIGEST_MISMATCH, "shard " + want.name(expected.path()) + " of "
                            + file + " has another digest than the manifest records; the file was modified;"
                            + " restore it from the signed release");
                }
            }
            return;
        }
        if (!sameDigests(expected.digests(), actual.digests())) {
            throw new Failure(Reason.ARTIFACT_DIGEST_MISMATCH, "file " + file + " has another digest than the manifest"
                    + " records (" + expected.digests().get(0) + "); the file was modified; restore it from the signed"
                    + " release");
        }
    }

    /** Every recorded digest must be recomputed and equal. */
    private static boolean sameDigests(List<Digest> recorded, List<Digest> computed) {
        for (Digest want : recorded) {
            boolean found = computed.stream().anyMatch(got -> got.equals(want));
            if (!found) {
                return false;
            }
        }
        return !recorded.isEmpty();
    }

    private static String names(List<String> paths) {
        String shown = String.join(", ", paths.subList(0, Math.min(MAX_NAMES, paths.size())));
        return paths.size() > MAX_NAMES ? shown + " and " + (paths.size() - MAX_NAMES) + " more" : shown;
    }
}
