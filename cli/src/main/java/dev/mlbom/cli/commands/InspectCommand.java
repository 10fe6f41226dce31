package dev.mlbom.cli.commands;

import dev.mlbom.ProvenanceFormat;
import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.Document;
import dev.mlbom.cli.support.Json;
import dev.mlbom.cli.support.Terminal;
import dev.mlbom.cli.support.Manifests;
import dev.mlbom.cli.support.Sizes;
import dev.mlbom.dsse.EnvelopeSignature;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.BenchmarkResult;
import dev.mlbom.internal.Codes;
import dev.mlbom.model.Dataset;
import dev.mlbom.model.Digest;
import dev.mlbom.model.Event;
import dev.mlbom.model.License;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ModelInfo;
import dev.mlbom.model.ParentModel;
import dev.mlbom.model.Training;
import dev.mlbom.sign.ProvenanceSigner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlbom inspect}: a summary of a manifest or a signed envelope for a person to read.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "inspect",
        description = {"Summarize a manifest or a signed envelope: the model, its files, datasets, training, "
                + "evaluation, lineage, who signed (key ids) and when.",
            "An envelope's signatures are NOT checked here; use mlbom verify for that."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom inspect models/bot.mlbom.json", "  mlbom inspect manifest.yaml --json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:summary printed", "2:usage error, missing, malformed or invalid file"})
public final class InspectCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A manifest (.json, .yaml) or an envelope (.mlbom.json).")
    Path file;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    /** Picocli creates the command. */
    public InspectCommand() {
    }

    @Override
    protected int run() throws Exception {
        Document doc = Document.read(file);
        Manifest m = doc.manifest();
        ModelInfo model = m.model();
        List<String> keyIds = doc.envelope().map(e -> e.signatures().stream()
                .map(s -> s.keyIdHint().orElse("(no key id)")).toList()).orElse(List.of());
        // the verifier's definition of the signing time, and the event that carries it
        Optional<Instant> signedAt = ProvenanceFormat.signingTime(m);
        Optional<Event> signedEvent = signedAt.flatMap(t -> m.events().stream()
                .filter(e -> e.action().equals(ProvenanceFormat.SIGNED_ACTION) && e.timestamp().equals(t)).findFirst());
        long bytes = model.artifacts().stream().mapToLong(Artifact::size).sum();
        String id = Manifests.id(m);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", file.toString());
            out.put("kind", doc.envelope().isPresent() ? "envelope" : "manifest");
            out.put("manifestId", id);
            out.put("model", model.name());
            out.put("version", model.version());
            out.put("architecture", model.architecture().orElse(null));
            out.put("license", model.license().map(InspectCommand::license).orElse(null));
            out.put("artifacts", model.artifacts().size());
            out.put("bytes", bytes);
            out.put("datasets", m.datasets().stream().map(Dataset::coordinates).toList());
            out.put("parents", m.lineage().parents().stream().map(p -> Map.of("relation", Codes.id(p.relation()),
                    "model", p.name() + "@" + p.version(), "manifestId",
                    p.manifestId().map(Object::toString).orElse(""))).toList());
            out.put("signatureKeyIds", keyIds);
            out.put("signedAt", signedAt.map(Instant::toString).orElse(null));
            out.put("signedBy", signedEvent.map(Event::actor).orElse(null));
            Json.print(out(), out);
            return ExitCode.OK;
        }
        line("file", file + " (" + doc.kind() + (doc.envelope().isPresent()
                ? "; signatures not checked here, use mlbom verify)" : ")"));
        line("model", model.name() + "@" + model.version() + join(", ", model.architecture(), model.task()));
        line("", "manifest id " + id);
        model.license().ifPresent(l -> line("license", license(l)));
        model.source().ifPresent(s -> line("source", Codes.id(s.type()) + s.uri().map(u -> " " + u).orElse("")
                + s.revision().map(r -> " @ " + r).orElse("")));
        if (!model.restrictions().isEmpty()) {
            line("restricted", String.join("; ", model.restrictions()));
        }
        line("files", model.artifacts().isEmpty() ? "none listed (mlbom sign adds them)"
                : model.artifacts().size() + " (" + Sizes.bytes(bytes) + ")");
        for (Artifact artifact : model.artifacts()) {
            String digest = artifact.sharded() ? artifact.shards().size() + " shards"
                    : artifact.digests().stream().findFirst().map(Digest::toString).map(d -> abbreviate(d, 23)).orElse("");
            line("", artifact.path() + "  " + Sizes.bytes(artifact.size()) + "  " + digest);
        }
        line("datasets", m.datasets().isEmpty() ? "none" : String.valueOf(m.datasets().size()));
        for (Dataset d : m.datasets()) {
            List<String> facts = new ArrayList<>();
            facts.add(d.roleOther().orElse(Codes.id(d.role())));
            d.sourceType().ifPresent(s -> facts.add(d.sourceTypeOther().orElse(Codes.id(s))));
            d.consent().ifPresent(c -> facts.add("consent " + Codes.id(c)));
            d.size().flatMap(s -> s.records()).ifPresent(r -> facts.add(r + " records"));
            line("", d.coordinates() + "  " + String.join(", ", facts));
        }
        m.training().ifPresent(t -> line("training", training(t)));
        m.evaluation().ifPresent(e -> {
            for (BenchmarkResult b : e.benchmarks()) {
                line("evaluated", b.name() + " = " + b.value() + b.metric().map(x -> " " + x).orElse("")
                        + b.dataset().map(x -> " on " + x).orElse("") + " (" + b.date() + ")");
            }
        });
        if (m.lineage().parents().isEmpty()) {
            line("lineage", "no parent model");
        }
        for (ParentModel p : m.lineage().parents()) {
            line("lineage", p.relationOther().orElse(Codes.id(p.relation())) + " of " + p.name() + "@" + p.version()
                    + p.manifestId().map(i -> " (" + i + ")").orElse(" (parent manifest id not recorded)"));
        }
        if (doc.envelope().isPresent()) {
            line("signed", signedEvent.map(e -> signedAt.orElseThrow() + " by " + e.actor()).orElse("no 'signed' event"));
            for (String keyId : keyIds) {
                line("", "signature by key " + keyId);
            }
        } else {
            line("signed", "no (a manifest; mlbom sign makes an envelope)");
        }
        return ExitCode.OK;
    }

    private void line(String label, String text) {
        out().printf("%-11s %s%n", label, Terminal.safe(text));
    }

    private static String license(License license) {
        if (license instanceof License.Spdx spdx) {
            return spdx.expression();
        }
        License.Named named = (License.Named) license;
        return named.name() + named.url().map(u -> " (" + u + ")").orElse("");
    }

    private static String training(Training t) {
        List<String> parts = new ArrayList<>();
        parts.add(t.procedureOther().orElse(Codes.id(t.procedure())));
        t.hyperparameters().epochs().ifPresent(e -> parts.add(e + " epochs"));
        t.hyperparameters().learningRate().ifPresent(r -> parts.add("learning rate " + r));
        t.hyperparameters().batchSize().ifPresent(b -> parts.add("batch size " + b));
        t.code().ifPresent(c -> parts.add("code " + c.repository() + c.commit().map(x -> "@" + x).orElse("")));
        t.startedAt().ifPresent(s -> parts.add("from " + s));
        t.endedAt().ifPresent(e -> parts.add("to " + e));
        return String.join(", ", parts);
    }

    @SafeVarargs
    private static String join(String separator, Optional<String>... values) {
        StringBuilder out = new StringBuilder();
        for (Optional<String> value : values) {
            value.ifPresent(v -> out.append(out.length() == 0 ? "  " : separator).append(v));
        }
        return out.toString();
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "...";
    }

    static String keyIds(List<EnvelopeSignature> signatures) {
        return String.join(", ", signatures.stream().map(s -> s.keyIdHint().orElse("?")).toList());
    }
}
