package dev.mlbom.verify;

import dev.mlbom.ProvenanceFormat;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ParentModel;
import dev.mlbom.verify.VerificationException.Reason;
import dev.mlbom.verify.VerificationRun.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The chain of custody: every ancestor named in the lineage (parents, their parents, up to the
 * base models) must have an envelope in the policy's ancestor directory that verifies under the
 * same policy (without artifact checks), and whose manifest id equals the one the child recorded.
 *
 * <p>Each envelope is read up to the envelope size limit (a larger file is refused from its size,
 * without being read) and verified stopping at the first failed check, so an envelope whose
 * signatures do not verify is refused before its payload is decoded. When the child recorded its
 * parent's manifest id, the ancestor is the verified record with that id, so another validly
 * signed record of the same name and version cannot shadow it; when it did not, two verified
 * records with different ids for one name and version are refused as ambiguous. Messages name the
 * envelope files used or refused. Not thread-safe; one instance per check.
 */
final class AncestorCheck {

    private static final int MAX_LISTED = 5;

    /** One verified envelope in the directory. */
    private record Candidate(Path file, VerifiedProvenance provenance) {
        String describe() {
            return file.getFileName() + " (id " + provenance.manifestId() + ")";
        }
    }

    private final RunContext context;
    private final Path directory;
    private final Map<String, List<Candidate>> verified = new HashMap<>();
    private final Map<String, List<String>> rejected = new HashMap<>();
    /** Envelopes refused before their manifest (and so their name and version) was known. */
    private final List<String> unidentified = new ArrayList<>();

    AncestorCheck(RunContext context) {
        this.context = context;
        this.directory = context.policy().ancestorEnvelopes().orElseThrow();
    }

    String run(Manifest manifest) throws Failure {
        if (manifest.lineage().parents().isEmpty()) {
            return "a base model: no ancestors to verify";
        }
        index();
        Deque<ParentModel> queue = new ArrayDeque<>(manifest.lineage().parents());
        Set<String> seen = new LinkedHashSet<>();
        List<String> used = new ArrayList<>();
        while (!queue.isEmpty()) {
            ParentModel parent = queue.removeFirst();
            if (!seen.add(parent.coordinates())) {
                continue;
            }
            Candidate ancestor = choose(parent);
            used.add(parent.coordinates() + " from " + ancestor.file().getFileName());
            queue.addAll(ancestor.provenance().manifest().lineage().parents());
        }
        return seen.size() + " ancestor(s) verified from " + directory + ": " + String.join(", ", used);
    }

    private Candidate choose(ParentModel parent) throws Failure {
        List<Candidate> candidates = verified.getOrDefault(parent.coordinates(), List.of());
        if (candidates.isEmpty()) {
            List<String> why = rejected.getOrDefault(parent.coordinates(), List.of());
            StringBuilder message = new StringBuilder("ancestor ").append(parent.coordinates());
            if (!why.isEmpty()) {
                message.append(" does not verify: ").append(limited(why));
            } else if (unidentified.isEmpty()) {
                message.append(" has no envelope in ").append(directory).append("; add its signed envelope there");
            } else {
                message.append(" has no verified envelope in ").append(directory).append("; add its signed envelope")
                        .append(" there (").append(unidentified.size()).append(" envelope(s) there were refused")
                        .append(" before their content was read: ").append(limited(unidentified)).append(')');
            }
            throw new Failure(Reason.LINEAGE_INCOMPLETE, message.toString());
        }
        if (parent.manifestId().isPresent()) {
            for (Candidate candidate : candidates) {
                if (candidate.provenance().manifestId().equals(parent.manifestId().get())) {
                    return candidate;
                }
            }
            throw new Failure(Reason.LINEAGE_INCOMPLETE, "the lineage names " + parent.coordinates() + " with id "
                    + parent.manifestId().get() + " but no verified envelope in " + directory + " has that id (found "
                    + limited(candidates.stream().map(Candidate::describe).toList())
                    + "); the parent reference is forged or stale: add the envelope the child was made from");
        }
        Set<String> ids = candidates.stream().map(c -> c.provenance().manifestId().value())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.size() > 1) {
            throw new Failure(Reason.LINEAGE_INCOMPLETE, "the lineage names " + parent.coordinates()
                    + " without a manifest id, and " + directory + " holds " + candidates.size()
                    + " verified records of it with different ids: "
                    + limited(candidates.stream().map(Candidate::describe).toList())
                    + "; record the parent's manifest id in the child's lineage, or keep one record per version");
        }
        return candidates.get(0);
    }

    private void index() throws Failure {
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
            // stop at the first failure: signatures are checked before the payload is decoded
            VerificationRun run = new VerificationRun(ancestors, ModelFiles.of(directory), EnvelopeSource.file(envelope),
                    true);
            try {
                VerifiedProvenance result = run.execute().orElseThrow();
                verified.computeIfAbsent(result.manifest().model().coordinates(), k -> new ArrayList<>())
                        .add(new Candidate(envelope, result));
            } catch (VerificationException e) {
                String why = envelope.getFileName() + ": " + e.reason() + " " + e.getMessage();
                java.util.Optional<Manifest> known = run.manifest();
                if (known.isPresent()) {
                    rejected.computeIfAbsent(known.get().model().coordinates(), k -> new ArrayList<>()).add(why);
                } else {
                    unidentified.add(why);
                }
            }
        }
    }

    private static String limited(List<String> items) {
        String shown = items.stream().limit(MAX_LISTED).collect(Collectors.joining("; "));
        return items.size() > MAX_LISTED ? shown + "; and " + (items.size() - MAX_LISTED) + " more" : shown;
    }
}
