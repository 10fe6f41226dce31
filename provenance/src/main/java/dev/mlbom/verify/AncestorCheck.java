package dev.mlbom.verify;

import dev.mlbom.model.Manifest;
import dev.mlbom.model.ParentModel;
import dev.mlbom.ProvenanceFormat;
import dev.mlbom.verify.VerificationException.Reason;
import dev.mlbom.verify.VerificationRun.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The chain of custody: every ancestor named in the lineage (parents, their parents, up to the
 * base models) must have an envelope in the policy's ancestor directory that verifies under the
 * same policy (without artifact checks), and whose manifest id equals the one the child recorded.
 * Not thread-safe; one instance per check.
 */
final class AncestorCheck {

    private final RunContext context;
    private final Path directory;

    AncestorCheck(RunContext context) {
        this.context = context;
        this.directory = context.policy().ancestorEnvelopes().orElseThrow();
    }

    String run(Manifest manifest) throws Failure {
        if (manifest.lineage().parents().isEmpty()) {
            return "a base model: no ancestors to verify";
        }
        Map<String, VerifiedProvenance> verified = new HashMap<>();
        Map<String, String> rejected = new HashMap<>();
        index(verified, rejected);
        Deque<ParentModel> queue = new ArrayDeque<>(manifest.lineage().parents());
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            ParentModel parent = queue.removeFirst();
            if (!seen.add(parent.coordinates())) {
                continue;
            }
            VerifiedProvenance ancestor = verified.get(parent.coordinates());
            if (ancestor == null) {
                String why = rejected.get(parent.coordinates());
                throw new Failure(Reason.LINEAGE_INCOMPLETE, "ancestor " + parent.coordinates()
                        + (why == null ? " has no envelope in " + directory + "; add its signed envelope there"
                                : " does not verify: " + why));
            }
            if (parent.manifestId().isPresent() && !parent.manifestId().get().equals(ancestor.manifestId())) {
                throw new Failure(Reason.LINEAGE_INCOMPLETE, "the lineage names " + parent.coordinates() + " with id "
                        + parent.manifestId().get() + " but its verified envelope has id " + ancestor.manifestId()
                        + "; the parent reference is forged or stale");
            }
            queue.addAll(ancestor.manifest().lineage().parents());
        }
        return seen.size() + " ancestor(s) verified from " + directory;
    }

    private void index(Map<String, VerifiedProvenance> verified, Map<String, String> rejected) throws Failure {
        List<Path> envelopes;
        try (Stream<Path> files = Files.list(directory)) {
            envelopes = files.filter(p -> p.getFileName().toString().endsWith(ProvenanceFormat.ENVELOPE_SUFFIX))
                    .sorted().toList();
        } catch (IOException e) {
            throw new Failure(Reason.LINEAGE_INCOMPLETE, "cannot list the ancestor envelopes in " + directory + ": "
                    + e.getMessage());
        }
        RunContext ancestors = context.withPolicy(context.policy().forAncestors());
        for (Path envelope : envelopes) {
            VerificationRun run = new VerificationRun(ancestors, ModelFiles.of(directory), EnvelopeSource.file(envelope),
                    false);
            try {
                java.util.Optional<VerifiedProvenance> result = run.execute();
                if (result.isPresent()) {
                    verified.put(result.get().manifest().model().coordinates(), result.get());
                } else {
                    String coordinates = run.manifest().map(m -> m.model().coordinates())
                            .orElseGet(() -> coordinatesOf(envelope));
                    run.report().firstFailure().ifPresent(f -> rejected.put(coordinates,
                            envelope.getFileName() + ": " + f.reason().orElseThrow() + " " + f.message()));
                }
            } catch (VerificationException e) {
                throw new IllegalStateException("a reporting run never throws", e);
            }
        }
    }

    private static String coordinatesOf(Path envelope) {
        String name = envelope.getFileName().toString();
        return name.substring(0, name.length() - ProvenanceFormat.ENVELOPE_SUFFIX.length());
    }
}
