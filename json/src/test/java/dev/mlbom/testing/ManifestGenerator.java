package dev.mlbom.testing;

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
import dev.mlbom.model.HashAlgorithm;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generates valid manifests that exercise every field and variant of the model: each enum
 * constant (OTHER with its text), both license forms, whole and sharded artifacts, JSON value
 * trees in extensions and hyperparameters, optional values present and absent, non-ASCII and
 * YAML-hostile text ({@code true}, {@code 0x1F}, {@code "# : -"}, ...).
 *
 * <p>Each manifest draws a density: 0 leaves every optional value out, 1 fills every one in,
 * anything else fills in at random. Reusable by other tests in this module (diff, canonicalizer):
 * {@link #manifests()} for jqwik, {@link #generate(Random)} for plain loops. Stateless.
 */
public final class ManifestGenerator {

    private static final String[] FRAGMENTS = {"a", "Z", "q", "7", "0", "é", "ß", "中文", "😀", "Ω", " ", " ", "-",
        ":", ": ", "#", " #", "'", "\"", "\\", "\n", "\t", "{", "}", "[", "]", "&", "*", "!", "%", "@", "`", "|", ">",
        "~", "?", ",", "/", ".", "\u00a0", "\u2028"};
    private static final String[] SPECIAL = {"true", "false", "null", "~", "yes", "No", "on", "OFF", "y", "n", "123",
        "-1.5", "0x1F", "0o17", "1e5", "1_000", ".inf", "-.Inf", ".nan", "2026-10-01", "2026-10-01T12:00:00Z",
        "12:30:00", "=", "<<", "- item", "? key", "@at", "%TAG", "--- doc", "...", "0", "+1", "08", "1.0",
        "[a, b]", "{a: b}", "&anchor", "*alias", "!tag", "|", ">-"};
    private static final String[] SPDX = {"Apache-2.0", "MIT", "MIT OR Apache-2.0", "GPL-2.0+",
        "LicenseRef-acme:internal", "(MIT AND BSD-3-Clause)", "CC-BY-4.0"};
    private static final String[] SEGMENTS = {"model", "weights", "tokenizer", "config", "é", "中", "a b", "x-1",
        "shard_0001"};
    private static final String[] EXTENSIONS = {".json", ".safetensors", ".bin", ".gguf", "", ".model"};

    private ManifestGenerator() {
    }

    /**
     * Manifests for jqwik properties.
     *
     * @return an arbitrary drawing with {@link #generate(Random)}
     */
    public static Arbitrary<Manifest> manifests() {
        return Arbitraries.randomValue(ManifestGenerator::generate);
    }

    /**
     * Generates one valid manifest.
     *
     * @param random the source of randomness
     * @return the manifest
     */
    public static Manifest generate(Random random) {
        double density = switch (random.nextInt(6)) {
            case 0 -> 0.0;
            case 1 -> 1.0;
            default -> random.nextDouble();
        };
        return new Gen(random, density).manifest();
    }

    /** One generation run; not thread-safe. */
    private static final class Gen {
        private final Random r;
        private final double density;

        Gen(Random r, double density) {
            this.r = r;
            this.density = density;
        }

        boolean some() {
            return r.nextDouble() < density;
        }

        <T> Optional<T> opt(Supplier<T> value) {
            return some() ? Optional.of(value.get()) : Optional.empty();
        }

        <T> List<T> list(int max, Supplier<T> item) {
            if (!some()) {
                return List.of();
            }
            int n = 1 + r.nextInt(max);
            List<T> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(item.get());
            }
            return out;
        }

        /** A list whose items have distinct keys (later duplicates dropped). */
        <T> List<T> unique(int max, Supplier<T> item, Function<T, String> key) {
            Map<String, T> byKey = new LinkedHashMap<>();
            for (T value : list(max, item)) {
                byKey.putIfAbsent(key.apply(value), value);
            }
            return List.copyOf(byKey.values());
        }

        <E extends Enum<E>> E pick(Class<E> type) {
            E[] constants = type.getEnumConstants();
            return constants[r.nextInt(constants.length)];
        }

        <T> T pick(T[] values) {
            return values[r.nextInt(values.length)];
        }

        String text() {
            if (r.nextInt(5) == 0) {
                return pick(SPECIAL);
            }
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(12);
            for (int i = 0; i < n; i++) {
                b.append(pick(FRAGMENTS));
            }
            String s = b.toString().strip();
            return s.isEmpty() ? "x" : s;
        }

        /** Any string at all, for free JSON values and member names: may be blank or padded. */
        String anyText() {
            return switch (r.nextInt(4)) {
                case 0 -> "";
                case 1 -> " " + text() + " ";
                case 2 -> "\u0001\u007f" + text();
                default -> text();
            };
        }

        List<String> texts() {
            return list(3, this::text);
        }

        Instant instant() {
            long seconds = 0L + (long) (r.nextDouble() * 7_000_000_000L);
            int nanos = r.nextBoolean() ? 0 : r.nextInt(1_000_000_000);
            return Instant.ofEpochSecond(seconds, nanos);
        }

        LocalDate date() {
            return LocalDate.ofEpochDay(r.nextInt(80_000));
        }

        double number() {
            return switch (r.nextInt(8)) {
                case 0 -> r.nextInt(1000);
                case 1 -> -r.nextInt(1_000_000);
                case 2 -> r.nextDouble();
                case 3 -> (r.nextDouble() - 0.5) * 1e300;
                case 4 -> r.nextDouble() * 1e-300;
                case 5 -> -0.0;
                case 6 -> Double.MIN_VALUE;
                default -> r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
            };
        }

        double nonNegative() {
            return Math.abs(number());
        }

        Digest digest(HashAlgorithm algorithm) {
            byte[] bytes = new byte[algorithm.digestLength()];
            r.nextBytes(bytes);
            return Digest.of(algorithm, bytes);
        }

        Digest digest() {
            return digest(pick(HashAlgorithm.class));
        }

        List<Digest> digests(List<HashAlgorithm> algorithms) {
            List<Digest> out = new ArrayList<>();
            for (HashAlgorithm algorithm : algorithms) {
                out.add(digest(algorithm));
            }
            return out;
        }

        List<HashAlgorithm> algorithms() {
            Set<HashAlgorithm> set = new LinkedHashSet<>();
            int n = 1 + r.nextInt(HashAlgorithm.values().length);
            for (int i = 0; i < n; i++) {
                set.add(pick(HashAlgorithm.class));
            }
            return new ArrayList<>(set);
        }

        License license() {
            return r.nextBoolean() ? License.spdx(pick(SPDX))
                    : new License.Named(text(), opt(() -> "https://example.com/" + r.nextInt(100)));
        }

        JsonValue json(int depth) {
            int kind = r.nextInt(depth <= 0 ? 4 : 6);
            return switch (kind) {
                case 0 -> JsonValue.of(anyText());
                case 1 -> JsonValue.of(number());
                case 2 -> JsonValue.of(r.nextBoolean());
                case 3 -> JsonValue.NULL;
                case 4 -> {
                    List<JsonValue> items = new ArrayList<>();
                    int n = r.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        items.add(json(depth - 1));
                    }
                    yield new JsonValue.Array(items);
                }
                default -> {
                    Map<String, JsonValue> members = new LinkedHashMap<>();
                    int n = r.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        members.put(anyText(), json(depth - 1));
                    }
                    yield new JsonValue.Obj(members);
                }
            };
        }

        Manifest manifest() {
            List<Event> events = new ArrayList<>(list(4, () -> new Event(text(), opt(this::text), text(), instant())));
            events.sort(Comparator.comparing(Event::timestamp));
            Map<String, JsonValue> extensions = new TreeMap<>();
            for (int i = 0, n = some() ? 1 + r.nextInt(3) : 0; i < n; i++) {
                String key = switch (r.nextInt(3)) {
                    case 0 -> "com.acme.ext" + i;
                    case 1 -> "https://example.com/ext/" + i;
                    default -> "org.example:" + i + "/v~1";
                };
                extensions.put(key, json(3));
            }
            return new Manifest(model(), unique(4, this::dataset, Dataset::coordinates), opt(this::training),
                    opt(this::evaluation), opt(this::operations), unique(4, this::dependency, RuntimeDependency::name),
                    new Lineage(unique(3, this::parent, ParentModel::coordinates)), events, extensions);
        }

        ModelInfo model() {
            return new ModelInfo(text(), text(), opt(this::text), opt(this::text), opt(this::text), opt(this::text),
                    opt(this::source), opt(this::license), texts(), unique(4, this::artifact, Artifact::path));
        }

        ModelSource source() {
            ModelSourceType type = pick(ModelSourceType.class);
            return new ModelSource(type, other(type == ModelSourceType.OTHER), opt(this::text), opt(this::text));
        }

        Optional<String> other(boolean isOther) {
            return isOther ? Optional.of(text()) : Optional.empty();
        }

        String path() {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append('/');
                }
                b.append(pick(SEGMENTS));
            }
            return b.append(pick(EXTENSIONS)).toString();
        }

        Artifact artifact() {
            String path = path();
            List<HashAlgorithm> algorithms = algorithms();
            if (r.nextBoolean()) {
                return new Artifact(path, r.nextBoolean() ? r.nextInt(1 << 20) : Math.abs(r.nextLong()),
                        digests(algorithms));
            }
            List<Shard> shards = new ArrayList<>();
            long start = 0;
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                long end = start + (i == 0 && r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(1 << 30));
                shards.add(new Shard(start, end, digests(algorithms)));
                start = end;
            }
            return new Artifact(path, start, List.of(), shards);
        }

        Dataset dataset() {
            DatasetRole role = pick(DatasetRole.class);
            Optional<DatasetSourceType> sourceType = opt(() -> pick(DatasetSourceType.class));
            return new Dataset(text(), opt(this::text), opt(this::text), opt(this::digest), role,
                    other(role == DatasetRole.OTHER), sourceType,
                    other(sourceType.orElse(null) == DatasetSourceType.OTHER), opt(this::license),
                    opt(() -> pick(ConsentStatus.class)), texts(), texts(), texts(), opt(this::size),
                    opt(this::personalData));
        }

        DatasetSize size() {
            Optional<Long> records = opt(() -> (long) r.nextInt(Integer.MAX_VALUE));
            Optional<Long> bytes = opt(() -> Math.abs(r.nextLong()));
            Optional<Long> tokens = opt(() -> (long) r.nextInt(1000));
            if (records.isEmpty() && bytes.isEmpty() && tokens.isEmpty()) {
                tokens = Optional.of(0L);
            }
            return new DatasetSize(records, bytes, tokens);
        }

        PersonalData personalData() {
            boolean present = r.nextBoolean();
            return new PersonalData(present, present ? texts() : List.of(), opt(this::text));
        }

        Training training() {
            TrainingProcedure procedure = pick(TrainingProcedure.class);
            Map<String, JsonValue> other = new TreeMap<>();
            for (int i = 0, n = some() ? 1 + r.nextInt(3) : 0; i < n; i++) {
                other.put(text(), json(2));
            }
            Hyperparameters hyperparameters = new Hyperparameters(opt(() -> r.nextInt(100)),
                    opt(this::nonNegative), opt(() -> r.nextInt(Integer.MAX_VALUE)), other);
            Optional<Instant> started = opt(this::instant);
            Optional<Instant> ended = opt(this::instant);
            if (started.isPresent() && ended.isPresent() && ended.get().isBefore(started.get())) {
                Optional<Instant> swap = started;
                started = ended;
                ended = swap;
            }
            return new Training(procedure, other(procedure == TrainingProcedure.OTHER), hyperparameters,
                    opt(() -> new CodeReference(text(), opt(this::text), opt(this::text))),
                    opt(this::environment), opt(this::compute), texts(), started, ended);
        }

        TrainingEnvironment environment() {
            Map<String, String> software = new TreeMap<>();
            for (int i = 0, n = some() ? 1 + r.nextInt(3) : 0; i < n; i++) {
                software.put(text(), text());
            }
            return new TrainingEnvironment(opt(this::text), software, opt(this::text), opt(this::digest));
        }

        Compute compute() {
            return new Compute(opt(this::nonNegative), opt(this::nonNegative), opt(this::nonNegative),
                    opt(this::nonNegative));
        }

        Evaluation evaluation() {
            return new Evaluation(unique(4, this::benchmark, BenchmarkResult::key),
                    list(3, () -> new RedTeamExercise(date(), text(), texts())), texts(), texts());
        }

        BenchmarkResult benchmark() {
            return new BenchmarkResult(text(), opt(this::text), opt(this::text), number(), date());
        }

        Operations operations() {
            return new Operations(texts(), texts(), texts(),
                    unique(3, () -> new SafetyFilter(text(), opt(this::text), opt(this::text)), SafetyFilter::name),
                    unique(3, () -> new SystemPrompt(text(), digest()), SystemPrompt::name), texts(),
                    opt(this::text));
        }

        RuntimeDependency dependency() {
            ComponentKind kind = pick(ComponentKind.class);
            return new RuntimeDependency(text(), kind, other(kind == ComponentKind.OTHER), opt(this::text),
                    opt(this::text), opt(this::digest));
        }

        ParentModel parent() {
            LineageRelation relation = pick(LineageRelation.class);
            return new ParentModel(relation, other(relation == LineageRelation.OTHER), text(), text(),
                    opt(() -> ManifestId.ofSha256(digest(HashAlgorithm.SHA256).bytes())));
        }
    }
}
