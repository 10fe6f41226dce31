package dev.mlbom.codec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.BenchmarkResult;
import dev.mlbom.model.CodeReference;
import dev.mlbom.model.ComponentKind;
import dev.mlbom.model.Compute;
import dev.mlbom.model.ConsentStatus;
import dev.mlbom.model.Dataset;
import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.DatasetSize;
import dev.mlbom.model.DatasetSourceType;
import dev.mlbom.model.Digest;
import dev.mlbom.model.Evaluation;
import dev.mlbom.model.Event;
import dev.mlbom.model.Hyperparameters;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.License;
import dev.mlbom.model.Lineage;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;
import dev.mlbom.model.ModelInfo;
import dev.mlbom.model.ModelSource;
import dev.mlbom.model.ModelSourceType;
import dev.mlbom.model.Operations;
import dev.mlbom.model.ParentModel;
import dev.mlbom.model.PersonalData;
import dev.mlbom.model.RedTeamExercise;
import dev.mlbom.model.RuntimeDependency;
import dev.mlbom.model.SafetyFilter;
import dev.mlbom.model.Shard;
import dev.mlbom.model.SystemPrompt;
import dev.mlbom.model.Training;
import dev.mlbom.model.TrainingEnvironment;
import dev.mlbom.model.TrainingProcedure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Binds a v1 tree to the model, collecting every problem with its pointer. Not thread-safe; one
 * instance per read.
 */
final class V1Reader {

    private final Problems problems;

    V1Reader(Problems problems) {
        this.problems = problems;
    }

    /** Views the node as an object and binds it, or records a problem and returns null. */
    private <T> T object(JsonNode node, String pointer, Function<ObjectView, T> binder) {
        ObjectView view = ObjectView.of(node, pointer, problems);
        return view == null ? null : binder.apply(view);
    }

    Manifest manifest(JsonNode root) {
        return object(root, "", v -> {
            v.member("schema", true);
            ModelInfo model = v.req("model", (n, p) -> object(n, p, this::model));
            List<Dataset> datasets = v.list("datasets", (n, p) -> object(n, p, this::dataset));
            Optional<Training> training = v.opt("training", (n, p) -> object(n, p, this::training));
            Optional<Evaluation> evaluation = v.opt("evaluation", (n, p) -> object(n, p, this::evaluation));
            Optional<Operations> operations = v.opt("operations", (n, p) -> object(n, p, this::operations));
            List<RuntimeDependency> dependencies = v.list("dependencies", (n, p) -> object(n, p, this::dependency));
            Lineage lineage = v.opt("lineage", (n, p) -> object(n, p, this::lineage)).orElse(Lineage.NONE);
            List<Event> events = v.list("events", (n, p) -> object(n, p, this::event));
            Map<String, JsonValue> extensions = v.map("extensions", (n, p) -> Values.json(n, p, problems));
            return v.finish(() -> new Manifest(model, datasets, training, evaluation, operations, dependencies,
                    lineage, events, extensions));
        });
    }

    private ModelInfo model(ObjectView v) {
        String name = v.text("name");
        String version = v.text("version");
        Optional<String> architecture = v.optText("architecture");
        Optional<String> family = v.optText("family");
        Optional<String> task = v.optText("task");
        Optional<String> description = v.optText("description");
        Optional<ModelSource> source = v.opt("source", (n, p) -> object(n, p, this::source));
        Optional<License> license = v.opt("license", (n, p) -> object(n, p, this::license));
        List<String> restrictions = v.texts("restrictions");
        List<Artifact> artifacts = v.list("artifacts", (n, p) -> object(n, p, this::artifact));
        return v.finish(() -> new ModelInfo(name, version, architecture, family, task, description, source, license,
                restrictions, artifacts));
    }

    private ModelSource source(ObjectView v) {
        ModelSourceType type = v.enumValue("type", ModelSourceType.class);
        Optional<String> typeOther = v.optText("typeOther");
        Optional<String> uri = v.optText("uri");
        Optional<String> revision = v.optText("revision");
        return v.finish(() -> new ModelSource(type, typeOther, uri, revision));
    }

    private License license(ObjectView v) {
        boolean spdx = v.has("spdx");
        boolean named = v.has("name") || v.has("url");
        if (spdx && named) {
            problems.add(v.pointer(), "a license is either {\"spdx\": ...} or {\"name\": ..., \"url\": ...}, not both");
            v.member("spdx", false);
            v.member("name", false);
            v.member("url", false);
            return v.finish(() -> null);
        }
        if (spdx) {
            String expression = v.text("spdx");
            return v.finish(() -> new License.Spdx(expression));
        }
        String name = v.text("name");
        Optional<String> url = v.optText("url");
        return v.finish(() -> new License.Named(name, url));
    }

    private Artifact artifact(ObjectView v) {
        String path = v.text("path");
        Long size = v.integer("size", true, 0, Long.MAX_VALUE);
        List<Digest> digests = v.digestSet("digests");
        List<Shard> shards = v.list("shards", 1, (n, p) -> object(n, p, this::shard));
        return v.finish(() -> new Artifact(path, size, digests, shards));
    }

    private Shard shard(ObjectView v) {
        Long start = v.integer("start", true, 0, Long.MAX_VALUE);
        Long end = v.integer("end", true, 0, Long.MAX_VALUE);
        JsonNode digestNode = v.member("digests", true);
        List<Digest> digests = digestNode == null ? null : v.digestSet("digests");
        return v.finish(() -> new Shard(start, end, digests));
    }

    private Dataset dataset(ObjectView v) {
        String name = v.text("name");
        Optional<String> version = v.optText("version");
        Optional<String> uri = v.optText("uri");
        Optional<Digest> digest = v.optDigest("digest");
        DatasetRole role = v.enumValue("role", DatasetRole.class);
        Optional<String> roleOther = v.optText("roleOther");
        Optional<DatasetSourceType> sourceType = v.optEnum("sourceType", DatasetSourceType.class);
        Optional<String> sourceTypeOther = v.optText("sourceTypeOther");
        Optional<License> license = v.opt("license", (n, p) -> object(n, p, this::license));
        Optional<ConsentStatus> consent = v.optEnum("consent", ConsentStatus.class);
        List<String> filtering = v.texts("filtering");
        List<String> preprocessing = v.texts("preprocessing");
        List<String> knownBiases = v.texts("knownBiases");
        Optional<DatasetSize> size = v.opt("size", (n, p) -> object(n, p, this::size));
        Optional<PersonalData> personalData = v.opt("personalData", (n, p) -> object(n, p, this::personalData));
        return v.finish(() -> new Dataset(name, version, uri, digest, role, roleOther, sourceType, sourceTypeOther,
                license, consent, filtering, preprocessing, knownBiases, size, personalData));
    }

    private DatasetSize size(ObjectView v) {
        Optional<Long> records = v.optLong("records");
        Optional<Long> bytes = v.optLong("bytes");
        Optional<Long> tokens = v.optLong("tokens");
        return v.finish(() -> new DatasetSize(records, bytes, tokens));
    }

    private PersonalData personalData(ObjectView v) {
        Boolean present = v.bool("present");
        List<String> categories = v.texts("categories");
        Optional<String> handling = v.optText("handling");
        return v.finish(() -> new PersonalData(present, categories, handling));
    }

    private Training training(ObjectView v) {
        TrainingProcedure procedure = v.enumValue("procedure", TrainingProcedure.class);
        Optional<String> procedureOther = v.optText("procedureOther");
        Hyperparameters hyperparameters = v.opt("hyperparameters", (n, p) -> object(n, p, this::hyperparameters))
                .orElse(v.problems().covered(v.at("hyperparameters")) ? null
                        : new Hyperparameters(Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
        Optional<CodeReference> code = v.opt("code", (n, p) -> object(n, p, this::code));
        Optional<TrainingEnvironment> environment = v.opt("environment", (n, p) -> object(n, p, this::environment));
        Optional<Compute> compute = v.opt("compute", (n, p) -> object(n, p, this::compute));
        List<String> alignment = v.texts("alignment");
        Optional<Instant> startedAt = v.optInstant("startedAt");
        Optional<Instant> endedAt = v.optInstant("endedAt");
        return v.finish(() -> new Training(procedure, procedureOther, hyperparameters, code, environment, compute,
                alignment, startedAt, endedAt));
    }

    private Hyperparameters hyperparameters(ObjectView v) {
        Optional<Integer> epochs = v.optInt("epochs");
        Optional<Double> learningRate = v.optNumber("learningRate");
        Optional<Integer> batchSize = v.optInt("batchSize");
        Map<String, JsonValue> other = v.map("other", (n, p) -> Values.json(n, p, problems));
        return v.finish(() -> new Hyperparameters(epochs, learningRate, batchSize, other));
    }

    private CodeReference code(ObjectView v) {
        String repository = v.text("repository");
        Optional<String> commit = v.optText("commit");
        Optional<String> entryPoint = v.optText("entryPoint");
        return v.finish(() -> new CodeReference(repository, commit, entryPoint));
    }

    private TrainingEnvironment environment(ObjectView v) {
        Optional<String> hardware = v.optText("hardware");
        Map<String, String> software = v.map("software", (n, p) -> {
            if (!n.isTextual()) {
                problems.add(p, "must be a version string, got " + Values.typeOf(n));
                return null;
            }
            return n.textValue();
        });
        Optional<String> containerImage = v.optText("containerImage");
        Optional<Digest> digest = v.optDigest("digest");
        return v.finish(() -> new TrainingEnvironment(hardware, software, containerImage, digest));
    }

    private Compute compute(ObjectView v) {
        Optional<Double> acceleratorHours = v.optNumber("acceleratorHours");
        Optional<Double> flops = v.optNumber("flops");
        Optional<Double> energyKwh = v.optNumber("energyKwh");
        Optional<Double> emissions = v.optNumber("emissionsKgCo2e");
        return v.finish(() -> new Compute(acceleratorHours, flops, energyKwh, emissions));
    }

    private Evaluation evaluation(ObjectView v) {
        List<BenchmarkResult> benchmarks = v.list("benchmarks", (n, p) -> object(n, p, this::benchmark));
        List<RedTeamExercise> redTeaming = v.list("redTeaming", (n, p) -> object(n, p, this::redTeaming));
        List<String> failureModes = v.texts("failureModes");
        List<String> limitations = v.texts("limitations");
        return v.finish(() -> new Evaluation(benchmarks, redTeaming, failureModes, limitations));
    }

    private BenchmarkResult benchmark(ObjectView v) {
        String name = v.text("name");
        Optional<String> dataset = v.optText("dataset");
        Optional<String> metric = v.optText("metric");
        Double value = v.number("value", true);
        LocalDate date = v.date("date");
        return v.finish(() -> new BenchmarkResult(name, dataset, metric, value, date));
    }

    private RedTeamExercise redTeaming(ObjectView v) {
        LocalDate date = v.date("date");
        String scope = v.text("scope");
        List<String> findings = v.texts("findings");
        return v.finish(() -> new RedTeamExercise(date, scope, findings));
    }

    private Operations operations(ObjectView v) {
        List<String> tools = v.texts("permittedTools");
        List<String> apis = v.texts("permittedApis");
        List<String> indexes = v.texts("permittedIndexes");
        List<SafetyFilter> filters = v.list("safetyFilters", (n, p) -> object(n, p, this::safetyFilter));
        List<SystemPrompt> prompts = v.list("systemPrompts", (n, p) -> object(n, p, this::systemPrompt));
        List<String> constraints = v.texts("deploymentConstraints");
        Optional<String> environment = v.optText("environment");
        return v.finish(() -> new Operations(tools, apis, indexes, filters, prompts, constraints, environment));
    }

    private SafetyFilter safetyFilter(ObjectView v) {
        String name = v.text("name");
        Optional<String> version = v.optText("version");
        Optional<String> description = v.optText("description");
        return v.finish(() -> new SafetyFilter(name, version, description));
    }

    private SystemPrompt systemPrompt(ObjectView v) {
        String name = v.text("name");
        Digest digest = v.digest("digest");
        return v.finish(() -> new SystemPrompt(name, digest));
    }

    private RuntimeDependency dependency(ObjectView v) {
        String name = v.text("name");
        ComponentKind kind = v.enumValue("kind", ComponentKind.class);
        Optional<String> kindOther = v.optText("kindOther");
        Optional<String> version = v.optText("version");
        Optional<String> uri = v.optText("uri");
        Optional<Digest> digest = v.optDigest("digest");
        return v.finish(() -> new RuntimeDependency(name, kind, kindOther, version, uri, digest));
    }

    private Lineage lineage(ObjectView v) {
        List<ParentModel> parents = v.list("parents", (n, p) -> object(n, p, this::parent));
        return v.finish(() -> new Lineage(parents));
    }

    private ParentModel parent(ObjectView v) {
        LineageRelation relation = v.enumValue("relation", LineageRelation.class);
        Optional<String> relationOther = v.optText("relationOther");
        String name = v.text("name");
        String version = v.text("version");
        Optional<String> id = v.optText("manifestId");
        Optional<ManifestId> manifestId = Optional.empty();
        if (id.isPresent()) {
            if (ManifestId.isValid(id.get())) {
                manifestId = Optional.of(new ManifestId(id.get()));
            } else {
                problems.add(v.at("manifestId"), "must be a manifest id: 'sha256:' and 64 lower-case hex"
                        + " characters");
            }
        }
        Optional<ManifestId> parentId = manifestId;
        return v.finish(() -> new ParentModel(relation, relationOther, name, version, parentId));
    }

    private Event event(ObjectView v) {
        String actor = v.text("actor");
        Optional<String> role = v.optText("role");
        String action = v.text("action");
        Instant timestamp = v.instant("timestamp");
        return v.finish(() -> new Event(actor, role, action, timestamp));
    }
}
