package dev.mlbom.codec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.BenchmarkResult;
import dev.mlbom.internal.Codes;
import dev.mlbom.model.Dataset;
import dev.mlbom.model.Digest;
import dev.mlbom.model.Evaluation;
import dev.mlbom.model.Event;
import dev.mlbom.model.Hyperparameters;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.License;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ModelInfo;
import dev.mlbom.model.ModelSource;
import dev.mlbom.model.Operations;
import dev.mlbom.model.ParentModel;
import dev.mlbom.model.RedTeamExercise;
import dev.mlbom.model.RuntimeDependency;
import dev.mlbom.model.SafetyFilter;
import dev.mlbom.model.Shard;
import dev.mlbom.model.SystemPrompt;
import dev.mlbom.model.Training;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Manifest schema v1 ({@code https://mlbom.dev/schema/manifest/v1}): member names are the record
 * component names, members appear in record order, empty optionals, lists and maps are left out,
 * times are ISO-8601 UTC, dates {@code YYYY-MM-DD}, digests {@code algorithm:hex}, artifact
 * digests in-toto DigestSets, enums their ids. Stateless and thread-safe.
 */
final class ManifestV1 implements SchemaBinding {

    @Override
    public String schemaUri() {
        return Manifest.SCHEMA_V1;
    }

    @Override
    public dev.mlbom.schema.ManifestSchema schema() {
        return dev.mlbom.schema.ManifestSchema.v1();
    }

    // ---------------------------------------------------------------- writing

    @Override
    public ObjectNode toTree(Manifest m) {
        ObjectNode o = object();
        o.put("schema", Manifest.SCHEMA_V1);
        o.set("model", model(m.model()));
        array(o, "datasets", m.datasets(), this::dataset);
        m.training().ifPresent(t -> o.set("training", training(t)));
        m.evaluation().ifPresent(e -> o.set("evaluation", evaluation(e)));
        m.operations().ifPresent(op -> o.set("operations", operations(op)));
        array(o, "dependencies", m.dependencies(), this::dependency);
        if (!m.lineage().parents().isEmpty()) {
            ObjectNode lineage = object();
            array(lineage, "parents", m.lineage().parents(), this::parent);
            o.set("lineage", lineage);
        }
        array(o, "events", m.events(), this::event);
        jsonMap(o, "extensions", m.extensions());
        return o;
    }

    private ObjectNode model(ModelInfo m) {
        ObjectNode o = object();
        o.put("name", m.name());
        o.put("version", m.version());
        text(o, "architecture", m.architecture());
        text(o, "family", m.family());
        text(o, "task", m.task());
        text(o, "description", m.description());
        m.source().ifPresent(s -> o.set("source", source(s)));
        m.license().ifPresent(l -> o.set("license", license(l)));
        texts(o, "restrictions", m.restrictions());
        array(o, "artifacts", m.artifacts(), this::artifact);
        return o;
    }

    private ObjectNode source(ModelSource s) {
        ObjectNode o = object();
        o.put("type", Codes.id(s.type()));
        text(o, "typeOther", s.typeOther());
        text(o, "uri", s.uri());
        text(o, "revision", s.revision());
        return o;
    }

    private ObjectNode license(License license) {
        ObjectNode o = object();
        if (license instanceof License.Spdx spdx) {
            o.put("spdx", spdx.expression());
        } else {
            License.Named named = (License.Named) license;
            o.put("name", named.name());
            text(o, "url", named.url());
        }
        return o;
    }

    private ObjectNode artifact(Artifact a) {
        ObjectNode o = object();
        o.put("path", a.path());
        o.put("size", a.size());
        if (!a.digests().isEmpty()) {
            o.set("digests", Values.digestSet(a.digests()));
        }
        array(o, "shards", a.shards(), this::shard);
        return o;
    }

    private ObjectNode shard(Shard s) {
        ObjectNode o = object();
        o.put("start", s.start());
        o.put("end", s.end());
        o.set("digests", Values.digestSet(s.digests()));
        return o;
    }

    private ObjectNode dataset(Dataset d) {
        ObjectNode o = object();
        o.put("name", d.name());
        text(o, "version", d.version());
        text(o, "uri", d.uri());
        digest(o, "digest", d.digest());
        o.put("role", Codes.id(d.role()));
        text(o, "roleOther", d.roleOther());
        d.sourceType().ifPresent(t -> o.put("sourceType", Codes.id(t)));
        text(o, "sourceTypeOther", d.sourceTypeOther());
        d.license().ifPresent(l -> o.set("license", license(l)));
        d.consent().ifPresent(c -> o.put("consent", Codes.id(c)));
        texts(o, "filtering", d.filtering());
        texts(o, "preprocessing", d.preprocessing());
        texts(o, "knownBiases", d.knownBiases());
        d.size().ifPresent(s -> {
            ObjectNode size = object();
            s.records().ifPresent(v -> size.put("records", v));
            s.bytes().ifPresent(v -> size.put("bytes", v));
            s.tokens().ifPresent(v -> size.put("tokens", v));
            o.set("size", size);
        });
        d.personalData().ifPresent(p -> {
            ObjectNode personal = object();
            personal.put("present", p.present());
            texts(personal, "categories", p.categories());
            text(personal, "handling", p.handling());
            o.set("personalData", personal);
        });
        return o;
    }

    private ObjectNode training(Training t) {
        ObjectNode o = object();
        o.put("procedure", Codes.id(t.procedure()));
        text(o, "procedureOther", t.procedureOther());
        Hyperparameters h = t.hyperparameters();
        if (!h.isEmpty()) {
            ObjectNode hp = object();
            h.epochs().ifPresent(v -> hp.put("epochs", v));
            number(hp, "learningRate", h.learningRate());
            h.batchSize().ifPresent(v -> hp.put("batchSize", v));
            jsonMap(hp, "other", h.other());
            o.set("hyperparameters", hp);
        }
        t.code().ifPresent(c -> {
            ObjectNode code = object();
            code.put("repository", c.repository());
            text(code, "commit", c.commit());
            text(code, "entryPoint", c.entryPoint());
            o.set("code", code);
        });
        t.environment().ifPresent(e -> {
            ObjectNode env = object();
            text(env, "hardware", e.hardware());
            if (!e.software().isEmpty()) {
                ObjectNode software = object();
                new java.util.TreeMap<>(e.software()).forEach(software::put);
                env.set("software", software);
            }
            text(env, "containerImage", e.containerImage());
            digest(env, "digest", e.digest());
            o.set("environment", env);
        });
        t.compute().ifPresent(c -> {
            ObjectNode compute = object();
            number(compute, "acceleratorHours", c.acceleratorHours());
            number(compute, "flops", c.flops());
            number(compute, "energyKwh", c.energyKwh());
            number(compute, "emissionsKgCo2e", c.emissionsKgCo2e());
            o.set("compute", compute);
        });
        texts(o, "alignment", t.alignment());
        t.startedAt().ifPresent(v -> o.put("startedAt", Values.instant(v)));
        t.endedAt().ifPresent(v -> o.put("endedAt", Values.instant(v)));
        return o;
    }

    private ObjectNode evaluation(Evaluation e) {
        ObjectNode o = object();
        array(o, "benchmarks", e.benchmarks(), this::benchmark);
        array(o, "redTeaming", e.redTeaming(), this::redTeaming);
        texts(o, "failureModes", e.failureModes());
        texts(o, "limitations", e.limitations());
        return o;
    }

    private ObjectNode benchmark(BenchmarkResult b) {
        ObjectNode o = object();
        o.put("name", b.name());
        text(o, "dataset", b.dataset());
        text(o, "metric", b.metric());
        o.set("value", Values.number(b.value()));
        o.put("date", Values.date(b.date()));
        return o;
    }

    private ObjectNode redTeaming(RedTeamExercise r) {
        ObjectNode o = object();
        o.put("date", Values.date(r.date()));
        o.put("scope", r.scope());
        texts(o, "findings", r.findings());
        return o;
    }

    private ObjectNode operations(Operations op) {
        ObjectNode o = object();
        texts(o, "permittedTools", op.permittedTools());
        texts(o, "permittedApis", op.permittedApis());
        texts(o, "permittedIndexes", op.permittedIndexes());
        array(o, "safetyFilters", op.safetyFilters(), this::safetyFilter);
        array(o, "systemPrompts", op.systemPrompts(), this::systemPrompt);
        texts(o, "deploymentConstraints", op.deploymentConstraints());
        text(o, "environment", op.environment());
        return o;
    }

    private ObjectNode safetyFilter(SafetyFilter f) {
        ObjectNode o = object();
        o.put("name", f.name());
        text(o, "version", f.version());
        text(o, "description", f.description());
        return o;
    }

    private ObjectNode systemPrompt(SystemPrompt p) {
        ObjectNode o = object();
        o.put("name", p.name());
        o.put("digest", Values.digest(p.digest()));
        return o;
    }

    private ObjectNode dependency(RuntimeDependency d) {
        ObjectNode o = object();
        o.put("name", d.name());
        o.put("kind", Codes.id(d.kind()));
        text(o, "kindOther", d.kindOther());
        text(o, "version", d.version());
        text(o, "uri", d.uri());
        digest(o, "digest", d.digest());
        return o;
    }

    private ObjectNode parent(ParentModel p) {
        ObjectNode o = object();
        o.put("relation", Codes.id(p.relation()));
        text(o, "relationOther", p.relationOther());
        o.put("name", p.name());
        o.put("version", p.version());
        p.manifestId().ifPresent(id -> o.put("manifestId", id.value()));
        return o;
    }

    private ObjectNode event(Event e) {
        ObjectNode o = object();
        o.put("actor", e.actor());
        text(o, "role", e.role());
        o.put("action", e.action());
        o.put("timestamp", Values.instant(e.timestamp()));
        return o;
    }

    private static ObjectNode object() {
        return Values.NODES.objectNode();
    }

    private static void text(ObjectNode o, String name, Optional<String> value) {
        value.ifPresent(v -> o.put(name, v));
    }

    private static void number(ObjectNode o, String name, Optional<Double> value) {
        value.ifPresent(v -> o.set(name, Values.number(v)));
    }

    private static void digest(ObjectNode o, String name, Optional<Digest> value) {
        value.ifPresent(v -> o.put(name, Values.digest(v)));
    }

    private static void texts(ObjectNode o, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = o.putArray(name);
            values.forEach(array::add);
        }
    }

    private static <T> void array(ObjectNode o, String name, List<T> values, Function<T, JsonNode> item) {
        if (!values.isEmpty()) {
            ArrayNode array = o.putArray(name);
            for (T value : values) {
                array.add(item.apply(value));
            }
        }
    }

    private static void jsonMap(ObjectNode o, String name, Map<String, JsonValue> values) {
        if (!values.isEmpty()) {
            ObjectNode map = object();
            new java.util.TreeMap<>(values).forEach((k, v) -> map.set(k, Values.json(v)));
            o.set(name, map);
        }
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Manifest fromTree(ObjectNode root, Problems problems) {
        return new V1Reader(problems).manifest(root);
    }
}
