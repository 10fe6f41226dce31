package dev.mlbom.codec;

import dev.mlbom.jackson.JacksonTrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.ManifestException.Reason;
import dev.mlbom.model.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestCodecApiTest {

    @TempDir
    Path dir;

    @Test
    void detectsTheFormatFromTheExtension() {
        assertThat(ManifestCodec.forPath(Path.of("a/m.json")).format()).isEqualTo(ManifestFormat.JSON);
        assertThat(ManifestCodec.forPath(Path.of("m.YAML")).format()).isEqualTo(ManifestFormat.YAML);
        assertThat(ManifestCodec.forPath(Path.of("m.yml")).format()).isEqualTo(ManifestFormat.YAML);
        assertThat(ManifestFormat.of(Path.of("m.txt"))).isEmpty();
        assertThat(ManifestFormat.of(Path.of(".json"))).isEmpty();
        assertThatThrownBy(() -> ManifestCodec.forPath(Path.of("manifest")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".json");
    }

    @Test
    void writesFilesAtomicallyAndReadsThemBack() throws Exception {
        Manifest m = ManifestCodecTest.example();
        for (String name : List.of("m.json", "m.yaml")) {
            Path file = dir.resolve(name);
            Files.writeString(file, "old content");
            ManifestCodec codec = ManifestCodec.forPath(file);
            codec.write(m, file);
            assertThat(Files.readAllBytes(file)).isEqualTo(codec.write(m));
            assertThat(codec.read(file)).isEqualTo(m);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("m.json", "m.yaml");
        }
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedFileKeepsItsPermissions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("m.json");
        ManifestCodec.json().write(ManifestCodecTest.example(), file);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        ManifestCodec.json().write(ManifestCodecTest.example(), file);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("missing-dir").resolve("m.json");
        ManifestException e = catchThrowableOfType(ManifestException.class,
                () -> ManifestCodec.json().write(ManifestCodecTest.example(), file));
        assertThat(e.reason()).isEqualTo(Reason.IO_ERROR);
        assertThat(e.getMessage()).contains("m.json");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void readingAMissingFileIsAnIoError() {
        ManifestException e = catchThrowableOfType(ManifestException.class,
                () -> ManifestCodec.json().read(dir.resolve("nope.json")));
        assertThat(e.reason()).isEqualTo(Reason.IO_ERROR);
        assertThat(e.getMessage()).contains("nope.json");
    }

    @Test
    void enforcesTheDocumentSizeLimit() throws Exception {
        byte[] bytes = ManifestCodec.json().write(ManifestCodecTest.example());
        ManifestCodec small = ManifestCodec.json().withLimits(ReadLimits.builder().maxDocumentBytes(100).build());
        assertThat(catchThrowableOfType(ManifestException.class, () -> small.read(bytes)).reason())
                .isEqualTo(Reason.TOO_LARGE);
        assertThat(catchThrowableOfType(ManifestException.class,
                () -> small.read(new ByteArrayInputStream(bytes))).reason()).isEqualTo(Reason.TOO_LARGE);
        Path file = dir.resolve("m.json");
        Files.write(file, bytes);
        assertThat(catchThrowableOfType(ManifestException.class, () -> small.read(file)).reason())
                .isEqualTo(Reason.TOO_LARGE);
        ManifestCodec exact = ManifestCodec.json()
                .withLimits(ReadLimits.builder().maxDocumentBytes(bytes.length).build());
        assertThat(exact.read(bytes)).isEqualTo(ManifestCodecTest.example());
    }

    @Test
    void enforcesTheStringLengthLimitWithItsPointer() throws Exception {
        Manifest m = Manifest.builder().model(b -> b.name("n").version("1"))
                .extension("com.acme.big", JsonValue.of("x".repeat(5000))).build();
        ReadLimits limits = ReadLimits.builder().maxStringLength(4096).build();
        for (ManifestCodec codec : List.of(ManifestCodec.json(), ManifestCodec.yaml())) {
            ManifestException e = catchThrowableOfType(ManifestException.class,
                    () -> codec.withLimits(limits).read(codec.write(m)));
            assertThat(e.reason()).as(codec.format().name()).isEqualTo(Reason.TOO_LARGE);
            assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/extensions/com.acme.big");
        }
    }

    @Test
    void enforcesTheDepthLimitInYaml() throws Exception {
        String yaml = "schema: " + Manifest.SCHEMA_V1 + "\nmodel: {name: n, version: '1'}\nextensions:\n"
                + "  com.acme.deep: " + "[".repeat(10) + "]".repeat(10) + "\n";
        ManifestCodec codec = ManifestCodec.yaml().withLimits(ReadLimits.builder().maxDepth(8).build());
        ManifestException e = catchThrowableOfType(ManifestException.class,
                () -> codec.read(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.problems().get(0).pointer()).startsWith("/extensions/com.acme.deep/0");
        assertThat(ManifestCodec.yaml().read(yaml.getBytes(StandardCharsets.UTF_8)).extensions())
                .containsKey("com.acme.deep");
    }

    @Test
    void rejectsLimitsOutOfRange() {
        assertThatThrownBy(() -> ReadLimits.builder().maxDepth(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.builder().maxDepth(5000).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.builder().maxDocumentBytes(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.builder().maxStringLength(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReadLimits.builder().build()).isEqualTo(ReadLimits.DEFAULTS);
        assertThat(ReadLimits.DEFAULTS.maxDocumentBytes()).isEqualTo(64L * 1024 * 1024);
    }

    @Test
    void normalizesTimeOffsetsToUtc() throws Exception {
        Manifest m = ManifestCodec.json().read(BadInputTest.resource("valid-offset-timestamp.json"));
        assertThat(m.events().get(0).timestamp()).isEqualTo(Instant.parse("2026-10-01T12:00:00Z"));
        assertThat(new String(ManifestCodec.json().write(m), StandardCharsets.UTF_8))
                .contains("\"timestamp\": \"2026-10-01T12:00:00Z\"");
    }

    @Test
    void sortsMapMembersAndWritesIntegralNumbersWithoutFraction() throws Exception {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("zeta", JsonValue.of(3.0));
        members.put("alpha", JsonValue.of(0.1));
        members.put("mid", JsonValue.of(-0.0));
        Manifest m = Manifest.builder().model(b -> b.name("n").version("1"))
                .extension("org.z.ext", new JsonValue.Obj(members))
                .extension("com.a.ext", JsonValue.of(1e21)).build();
        JsonValue.Obj tree = (JsonValue.Obj) ManifestCodec.json().toTree(m);
        assertThat(tree.members().keySet()).containsExactly("schema", "model", "extensions");
        assertThat(((JsonValue.Obj) tree.members().get("extensions")).members().keySet())
                .containsExactly("com.a.ext", "org.z.ext");
        String json = new String(ManifestCodec.json().write(m), StandardCharsets.UTF_8);
        assertThat(json).contains("\"alpha\": 0.1,\n      \"mid\": 0,\n      \"zeta\": 3\n")
                .contains("\"com.a.ext\": 1.0E21").endsWith("}\n").doesNotContain("\r");
        assertThat(ManifestCodec.json().write(m)).isEqualTo(ManifestCodec.json().write(m));
    }

    @Test
    void treesAreCheckedLikeText() throws Exception {
        JsonNode tree = JacksonTrees.toNode(ManifestCodec.json().toTree(ManifestCodecTest.example()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("model")).put("extra", 1);
        ManifestException e = catchThrowableOfType(ManifestException.class,
                () -> ManifestCodec.json().fromTree(JacksonTrees.toValue(tree)));
        assertThat(e.reason()).isEqualTo(Reason.INVALID);
        assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/model/extra");
    }

    @Test
    void acceptsAnyNumberFormForIntegers() throws Exception {
        String json = "{\"schema\": \"" + Manifest.SCHEMA_V1 + "\", \"model\": {\"name\": \"n\", \"version\": \"1\"},"
                + " \"training\": {\"procedure\": \"other\", \"procedureOther\": \"grafting\","
                + " \"hyperparameters\": {\"epochs\": 3.0, \"batchSize\": 6.4e1}}}";
        Manifest m = ManifestCodec.json().read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(m.training().orElseThrow().hyperparameters().epochs()).contains(3);
        assertThat(m.training().orElseThrow().hyperparameters().batchSize()).contains(64);
        String bad = json.replace("3.0", "3.5").replace("6.4e1", "4294967296");
        ManifestException e = catchThrowableOfType(ManifestException.class,
                () -> ManifestCodec.json().read(bad.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problems()).extracting(Problem::pointer).containsExactly(
                "/training/hyperparameters/batchSize", "/training/hyperparameters/epochs");
    }
}
