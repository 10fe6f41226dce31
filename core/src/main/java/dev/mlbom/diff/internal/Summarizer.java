package dev.mlbom.diff.internal;

import dev.mlbom.diff.SemanticChange;
import dev.mlbom.diff.SemanticChange.Topic;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.BenchmarkResult;
import dev.mlbom.internal.Codes;
import dev.mlbom.model.Dataset;
import dev.mlbom.model.Evaluation;
import dev.mlbom.model.Hyperparameters;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.License;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ModelInfo;
import dev.mlbom.model.Operations;
import dev.mlbom.model.ParentModel;
import dev.mlbom.model.RedTeamExercise;
import dev.mlbom.model.RuntimeDependency;
import dev.mlbom.model.SafetyFilter;
import dev.mlbom.model.SystemPrompt;
import dev.mlbom.model.Training;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Builds the semantic summary of two manifests from their records. Not thread-safe; use once. */
public final class Summarizer {

    private final List<SemanticChange> out = new ArrayList<>();

    private Summarizer() {
    }

    /**
     * Summarises what changed, in manifest order.
     *
     * @param a the old manifest
     * @param b the new manifest
     * @return the summary lines
     */
    public static List<SemanticChange> summarize(Manifest a, Manifest b) {
        Summarizer s = new Summarizer();
        s.model(a.model(), b.model());
        s.parents(a.lineage().parents(), b.lineage().parents());
        s.datasets(a.datasets(), b.datasets());
        s.training(a.training(), b.training());
        s.evaluation(a.evaluation().orElse(Evaluation.builder().build()),
                b.evaluation().orElse(Evaluation.builder().build()));
        s.operations(a.operations(), b.operations());
        s.dependencies(a.dependencies(), b.dependencies());
        s.artifacts(a.model().artifacts(), b.model().artifacts());
        s.other(a, b);
        return List.copyOf(s.out);
    }

    private void add(Topic topic, String text) {
        out.add(new SemanticChange(topic, text));
    }

    // ------------------------------------------------------------------ model

    private void model(ModelInfo a, ModelInfo b) {
        if (!a.name().equals(b.name())) {
            add(Topic.MODEL, "model name " + a.name() + " -> " + b.name());
        }
        if (!a.version().equals(b.version())) {
            add(Topic.MODEL, "model version " + a.version() + " -> " + b.version());
        }
        value(Topic.MODEL, "architecture", a.architecture(), b.architecture());
        value(Topic.MODEL, "model family", a.family(), b.family());
        value(Topic.MODEL, "task", a.task(), b.task());
        if (!a.description().equals(b.description())) {
            add(Topic.MODEL, "description " + (a.description().isEmpty() ? "added"
                    : b.description().isEmpty() ? "removed" : "changed"));
        }
        value(Topic.MODEL, "model source", a.source().map(s -> Codes.id(s.type()) + s.uri().map(u -> " " + u).orElse("")
                + s.revision().map(r -> " @" + r).orElse("")), b.source().map(s -> Codes.id(s.type())
                + s.uri().map(u -> " " + u).orElse("") + s.revision().map(r -> " @" + r).orElse("")));
        value(Topic.MODEL, "license", a.license().map(Summarizer::license), b.license().map(Summarizer::license));
        texts(Topic.MODEL, "restriction", a.restrictions(), b.restrictions());
    }

    private static String license(License license) {
        if (license instanceof License.Spdx spdx) {
            return spdx.expression();
        }
        License.Named named = (License.Named) license;
        return named.name() + named.url().map(u -> " (" + u + ")").orElse("");
    }

    // ------------------------------------------------------------------ lineage

    private void parents(List<ParentModel> a, List<ParentModel> b) {
        String role = b.size() <= 1 && a.size() <= 1 ? "base model" : "parent model";
        keyed(a, b, ParentModel::name,
                added -> add(Topic.LINEAGE, "parent added: " + added.coordinates() + " (" + relation(added) + ")"),
                removed -> add(Topic.LINEAGE, "parent removed: " + removed.coordinates() + " (" + relation(removed) + ")"),
                (x, y) -> {
                    if (!x.version().equals(y.version())) {
                        add(Topic.LINEAGE, role + " changed: " + x.coordinates() + " -> @" + y.version());
                    } else if (!x.manifestId().equals(y.manifestId())) {
                        add(Topic.LINEAGE, role + " " + x.coordinates() + ": manifest id "
                                + x.manifestId().map(Object::toString).orElse("none") + " -> "
                                + y.manifestId().map(Object::toString).orElse("none"));
                    }
                    if (!relation(x).equals(relation(y))) {
                        add(Topic.LINEAGE, "relation to " + y.name() + " " + relation(x) + " -> " + relation(y));
                    }
                });
    }

    private static String relation(ParentModel parent) {
        return parent.relationOther().orElse(Codes.id(parent.relation()));
    }

    // ------------------------------------------------------------------ datasets

    private void datasets(List<Dataset> a, List<Dataset> b) {
        keyed(a, b, Dataset::name,
                added -> add(Topic.DATASET, "dataset added: " + added.coordinates() + " (" + role(added) + ")"),
                removed -> add(Topic.DATASET, "dataset removed: " + removed.coordinates() + " (" + role(removed) + ")"),
                (x, y) -> {
                    if (!x.version().equals(y.version())) {
                        add(Topic.DATASET, "dataset " + x.name() + " " + x.version().orElse("(no version)") + " -> "
                                + y.version().orElse("(no version)"));
                    } else if (!x.digest().equals(y.digest())) {
                        add(Topic.DATASET, "dataset " + y.coordinates() + " content changed (digest) under the same version");
                    }
                    List<String> fields = new ArrayList<>();
                    diffField(fields, "role", role(x), role(y));
                    diffField(fields, "uri", x.uri(), y.uri());
                    diffField(fields, "source type", x.sourceType(), y.sourceType());
                    diffField(fields, "license", x.license(), y.license());
                    diffField(fields, "consent", x.consent(), y.consent());
                    diffField(fields, "filtering", x.filtering(), y.filtering());
                    diffField(fields, "pre-processing", x.preprocessing(), y.preprocessing());
                    diffField(fields, "known biases", x.knownBiases(), y.knownBiases());
                    diffField(fields, "size", x.size(), y.size());
                    diffField(fields, "personal data", x.personalData(), y.personalData());
                    if (!fields.isEmpty()) {
                        add(Topic.DATASET, "dataset " + y.name() + ": " + String.join(", ", fields) + " changed");
                    }
                });
    }

    private static String role(Dataset dataset) {
        return dataset.roleOther().orElse(Codes.id(dataset.role()));
    }

    private static void diffField(List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }

    // ------------------------------------------------------------------ training

    private void training(Optional<Training> oa, Optional<Training> ob) {
        if (oa.isEmpty() || ob.isEmpty()) {
            if (oa.isPresent() != ob.isPresent()) {
                add(Topic.TRAINING, "training section " + (ob.isPresent() ? "added" : "removed"));
            }
            return;
        }
        Training a = oa.get();
        Training b = ob.get();
        value(Topic.TRAINING, "training procedure", Optional.of(a.procedureOther().orElse(Codes.id(a.procedure()))),
                Optional.of(b.procedureOther().orElse(Codes.id(b.procedure()))));
        Hyperparameters ha = a.hyperparameters();
        Hyperparameters hb = b.hyperparameters();
        value(Topic.TRAINING, "epochs", ha.epochs().map(String::valueOf), hb.epochs().map(String::valueOf));
        value(Topic.TRAINING, "learning rate", ha.learningRate().map(Summarizer::number),
                hb.learningRate().map(Summarizer::number));
        value(Topic.TRAINING, "batch size", ha.batchSize().map(String::valueOf), hb.batchSize().map(String::valueOf));
        Set<String> names = new TreeSet<>(ha.other().keySet());
        names.addAll(hb.other().keySet());
        for (String name : names) {
            value(Topic.TRAINING, "hyperparameter " + name, Optional.ofNullable(ha.other().get(name)).map(Summarizer::json),
                    Optional.ofNullable(hb.other().get(name)).map(Summarizer::json));
        }
        value(Topic.TRAINING, "training code", a.code().map(c -> c.repository() + c.commit().map(x -> "@" + x).orElse("")),
                b.code().map(c -> c.repository() + c.commit().map(x -> "@" + x).orElse("")));
        if (!a.environment().equals(b.environment())) {
            add(Topic.TRAINING, "training environment changed");
        }
        if (!a.compute().equals(b.compute())) {
            add(Topic.TRAINING, "training compute changed");
        }
        texts(Topic.TRAINING, "alignment step", a.alignment(), b.alignment());
        if (!a.startedAt().equals(b.startedAt()) || !a.endedAt().equals(b.endedAt())) {
            add(Topic.TRAINING, "training run times changed");
        }
    }

    // ------------------------------------------------------------------ evaluation

    private void evaluation(Evaluation a, Evaluation b) {
        keyed(a.benchmarks(), b.benchmarks(), Summarizer::benchmarkKey,
                added -> add(Topic.EVALUATION, "benchmark added: " + benchmark(added) + " = " + number(added.value())),
                removed -> add(Topic.EVALUATION, "benchmark removed: " + benchmark(removed)),
                (x, y) -> {
                    if (x.value() != y.value()) {
                        add(Topic.EVALUATION, "benchmark " + benchmark(y) + " " + number(x.value()) + " -> "
                                + number(y.value()));
                    } else if (!x.date().equals(y.date())) {
                        add(Topic.EVALUATION, "benchmark " + benchmark(y) + " re-run on " + y.date());
                    }
                });
        keyed(a.redTeaming(), b.redTeaming(), r -> r.date() + "/" + r.scope(),
                added -> add(Topic.EVALUATION, "red-teaming added: " + added.date() + " " + added.scope()),
                removed -> add(Topic.EVALUATION, "red-teaming removed: " + removed.date() + " " + removed.scope()),
                (RedTeamExercise x, RedTeamExercise y) -> {
                    if (!x.findings().equals(y.findings())) {
                        add(Topic.EVALUATION, "red-teaming " + y.date() + " " + y.scope() + ": findings changed");
                    }
                });
        texts(Topic.EVALUATION, "failure mode", a.failureModes(), b.failureModes());
        texts(Topic.EVALUATION, "limitation", a.limitations(), b.limitations());
    }

    private static String benchmarkKey(BenchmarkResult r) {
        return r.name() + "/" + r.dataset().orElse("") + "/" + r.metric().orElse("");
    }

    private static String benchmark(BenchmarkResult r) {
        return r.name() + r.metric().map(m -> " (" + m + ")").orElse("");
    }

    // ------------------------------------------------------------------ operations

    private void operations(Optional<Operations> oa, Optional<Operations> ob) {
        Operations empty = Operations.builder().build();
        Operations a = oa.orElse(empty);
        Operations b = ob.orElse(empty);
        texts(Topic.OPERATIONS, "permitted tool", a.permittedTools(), b.permittedTools());
        texts(Topic.OPERATIONS, "permitted API", a.permittedApis(), b.permittedApis());
        texts(Topic.OPERATIONS, "permitted index", a.permittedIndexes(), b.permittedIndexes());
        keyed(a.safetyFilters(), b.safetyFilters(), SafetyFilter::name,
                added -> add(Topic.OPERATIONS, "safety filter added: " + added.name()
                        + added.version().map(v -> "@" + v).orElse("")),
                removed -> add(Topic.OPERATIONS, "safety filter removed: " + removed.name()),
                (x, y) -> {
                    if (!x.version().equals(y.version())) {
                        add(Topic.OPERATIONS, "safety filter " + y.name() + " " + x.version().orElse("(no version)")
                                + " -> " + y.version().orElse("(no version)"));
                    } else if (!x.equals(y)) {
                        add(Topic.OPERATIONS, "safety filter " + y.name() + " description changed");
                    }
                });
        keyed(a.systemPrompts(), b.systemPrompts(), SystemPrompt::name,
                added -> add(Topic.OPERATIONS, "system prompt added: " + added.name()),
                removed -> add(Topic.OPERATIONS, "system prompt removed: " + removed.name()),
                (x, y) -> {
                    if (!x.digest().equals(y.digest())) {
                        add(Topic.OPERATIONS, "system prompt " + y.name() + " changed");
                    }
                });
        texts(Topic.OPERATIONS, "deployment constraint", a.deploymentConstraints(), b.deploymentConstraints());
        value(Topic.OPERATIONS, "deployment environment", a.environment(), b.environment());
    }

    // ------------------------------------------------------------------ dependencies, artifacts, other

    private void dependencies(List<RuntimeDependency> a, List<RuntimeDependency> b) {
        keyed(a, b, RuntimeDependency::name,
                added -> add(Topic.DEPENDENCY, "dependency added: " + added.name()
                        + added.version().map(v -> "@" + v).orElse("") + " (" + Codes.id(added.kind()) + ")"),
                removed -> add(Topic.DEPENDENCY, "dependency removed: " + removed.name()),
                (x, y) -> {
                    if (!x.version().equals(y.version())) {
                        add(Topic.DEPENDENCY, "dependency " + y.name() + " " + x.version().orElse("(no version)")
                                + " -> " + y.version().orElse("(no version)"));
                    } else if (!x.digest().equals(y.digest())) {
                        add(Topic.DEPENDENCY, "dependency " + y.name() + " changed (digest)");
                    } else if (!x.equals(y)) {
                        add(Topic.DEPENDENCY, "dependency " + y.name() + " changed");
                    }
                });
    }

    private void artifacts(List<Artifact> a, List<Artifact> b) {
        keyed(a, b, Artifact::path,
                added -> add(Topic.ARTIFACT, "artifact added: " + added.path()),
                removed -> add(Topic.ARTIFACT, "artifact removed: " + removed.path()),
                (x, y) -> {
                    if (!x.equals(y)) {
                        add(Topic.ARTIFACT, "artifact " + y.path() + " changed");
                    }
                });
    }

    private void other(Manifest a, Manifest b) {
        if (b.events().size() > a.events().size() && b.events().subList(0, a.events().size()).equals(a.events())) {
            int n = b.events().size() - a.events().size();
            add(Topic.OTHER, n + (n == 1 ? " event" : " events") + " added");
        } else if (!a.events().equals(b.events())) {
            add(Topic.OTHER, "events rewritten");
        }
        Set<String> keys = new TreeSet<>(a.extensions().keySet());
        keys.addAll(b.extensions().keySet());
        for (String key : keys) {
            JsonValue x = a.extensions().get(key);
            JsonValue y = b.extensions().get(key);
            if (x == null) {
                add(Topic.OTHER, "extension added: " + key);
            } else if (y == null) {
                add(Topic.OTHER, "extension removed: " + key);
            } else if (!x.equals(y)) {
                add(Topic.OTHER, "extension " + key + " changed");
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private interface Pair<T> {
        void both(T a, T b);
    }

    private static <T> void keyed(List<T> a, List<T> b, Function<T, String> key, java.util.function.Consumer<T> added,
            java.util.function.Consumer<T> removed, Pair<T> both) {
        Map<String, T> olds = new LinkedHashMap<>();
        for (T item : a) {
            olds.putIfAbsent(key.apply(item), item);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (T item : b) {
            String k = key.apply(item);
            T old = olds.get(k);
            if (old == null || !seen.add(k)) {
                added.accept(item);
            } else {
                both.both(old, item);
            }
        }
        Map<String, T> news = new LinkedHashMap<>();
        for (T item : b) {
            news.putIfAbsent(key.apply(item), item);
        }
        for (T item : a) {
            if (!news.containsKey(key.apply(item))) {
                removed.accept(item);
            }
        }
    }

    private void value(Topic topic, String what, Optional<String> a, Optional<String> b) {
        if (a.equals(b)) {
            return;
        }
        if (a.isEmpty()) {
            add(topic, what + " set: " + b.get());
        } else if (b.isEmpty()) {
            add(topic, what + " removed (was " + a.get() + ")");
        } else {
            add(topic, what + " " + a.get() + " -> " + b.get());
        }
    }

    private void texts(Topic topic, String what, List<String> a, List<String> b) {
        for (String item : b) {
            if (!a.contains(item)) {
                add(topic, what + " added: " + item);
            }
        }
        for (String item : a) {
            if (!b.contains(item)) {
                add(topic, what + " removed: " + item);
            }
        }
    }

    private static String json(JsonValue value) {
        if (value instanceof JsonValue.Number n) {
            return number(n.value());
        }
        if (value instanceof JsonValue.Text t) {
            return t.value();
        }
        if (value instanceof JsonValue.Bool b) {
            return String.valueOf(b.value());
        }
        return value.toString();
    }

    /**
     * A number as people write it: {@code 3e-5}, {@code 0.03}, {@code 64}.
     *
     * @param value the number
     * @return the text
     */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        String text = Double.toString(value);
        int e = text.indexOf('E');
        if (e < 0) {
            return text;
        }
        String mantissa = text.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + text.substring(e + 1);
    }
}
