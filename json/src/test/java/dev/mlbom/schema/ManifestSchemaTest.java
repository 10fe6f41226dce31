package dev.mlbom.schema;

import dev.mlbom.jackson.JacksonTrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode resource(String name) throws IOException {
        try (InputStream in = ManifestSchemaTest.class.getResourceAsStream(name)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    @Test
    void acceptsMinimalAndCompleteManifests() throws IOException {
        assertThat(ManifestSchema.v1().validate(JacksonTrees.toValue(resource("minimal-manifest.json"))).violations()).isEmpty();
        assertThat(ManifestSchema.v1().validate(JacksonTrees.toValue(resource("complete-manifest.json"))).violations()).isEmpty();
        assertThat(ManifestSchema.v1().validate(JacksonTrees.toValue(resource("complete-manifest.json"))).isValid()).isTrue();
    }

    @Test
    void isCachedAndIdentified() {
        assertThat(ManifestSchema.v1()).isSameAs(ManifestSchema.v1());
        assertThat(ManifestSchema.v1().id()).isEqualTo("https://mlbom.dev/schema/manifest/v1");
        assertThat(JacksonTrees.toNode(ManifestSchema.v1().document()).get("$id").textValue()).isEqualTo(ManifestSchema.V1_ID);
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                violation("unknown member", m -> obj(m, "model").put("colour", "blue"),
                        "/model/colour", "additionalProperties"),
                violation("unknown top-level member", m -> m.put("signature", "x"), "/signature",
                        "additionalProperties"),
                violation("missing required", m -> obj(m, "model").remove("name"), "/model/name", "required"),
                violation("missing schema", m -> m.remove("schema"), "/schema", "required"),
                violation("wrong schema", m -> m.put("schema", "https://mlbom.dev/schema/manifest/v2"), "/schema",
                        "const"),
                violation("wrong type", m -> obj(m, "model").put("version", 2), "/model/version", "type"),
                violation("enum", m -> dataset(m).put("role", "fine_tuning"), "/datasets/0/role", "enum"),
                violation("empty text", m -> dataset(m).put("name", ""), "/datasets/0/name", "minLength"),
                violation("blank text", m -> dataset(m).put("name", " "), "/datasets/0/name", "pattern"),
                violation("padded text", m -> dataset(m).put("name", "x "), "/datasets/0/name", "pattern"),
                violation("digest pattern", m -> dataset(m).put("digest", "sha256:ABC"), "/datasets/0/digest",
                        "pattern"),
                violation("date pattern", m -> ((ObjectNode) m.at("/evaluation/benchmarks/0")).put("date", "30/10/2026"),
                        "/evaluation/benchmarks/0/date", "pattern"),
                violation("timestamp pattern", m -> obj(m, "training").put("startedAt", "2026-10-01"),
                        "/training/startedAt", "pattern"),
                violation("negative count", m -> obj(obj(m, "training"), "hyperparameters").put("epochs", -1),
                        "/training/hyperparameters/epochs", "minimum"),
                violation("other needs text", m -> ((ObjectNode) m.at("/dependencies/0")).put("kind", "other"),
                        "/dependencies/0/kindOther", "required"),
                violation("text only with other", m -> dataset(m).put("sourceTypeOther", "x"), "/datasets/0",
                        "not"),
                violation("extension key", m -> obj(m, "extensions").put("pipeline", 1), "/extensions",
                        "propertyNames"),
                violation("manifest id", m -> m.putObject("lineage").putArray("parents").addObject()
                        .put("relation", "merge").put("name", "a").put("version", "1").put("manifestId", "sha256:1"),
                        "/lineage/parents/0/manifestId", "pattern"),
                violation("license both forms", m -> obj(obj(m, "model"), "license").put("spdx", "MIT"),
                        "/model/license", "oneOf"));
    }

    private static Arguments violation(String name, Consumer<ObjectNode> edit, String pointer, String keyword) {
        return Arguments.of(name, edit, pointer, keyword);
    }

    private static ObjectNode obj(ObjectNode parent, String name) {
        JsonNode child = parent.get(name);
        return child instanceof ObjectNode o ? o : parent.putObject(name);
    }

    private static ObjectNode dataset(ObjectNode m) {
        return (ObjectNode) ((ArrayNode) m.get("datasets")).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void rejectsEachKindOfViolationWithPointerAndKeyword(String name, Consumer<ObjectNode> edit, String pointer,
            String keyword) throws IOException {
        ObjectNode manifest = resource("complete-manifest.json");
        edit.accept(manifest);
        ValidationReport report = ManifestSchema.v1().validate(JacksonTrees.toValue(manifest));
        assertThat(report.isValid()).isFalse();
        assertThat(report.violations()).as(report.toString())
                .anySatisfy(v -> {
                    assertThat(v.pointer()).isEqualTo(pointer);
                    assertThat(v.keyword()).isEqualTo(keyword);
                    assertThat(v.message()).isNotBlank().doesNotStartWith("/").doesNotStartWith("$");
                });
    }

    @Test
    void reportsEveryViolationSortedByPointer() throws IOException {
        ObjectNode manifest = resource("complete-manifest.json");
        obj(manifest, "model").put("version", 2).put("zzz", 1);
        dataset(manifest).put("consent", "nope");
        manifest.remove("schema");
        List<Violation> violations = ManifestSchema.v1().validate(JacksonTrees.toValue(manifest)).violations();
        assertThat(violations).extracting(Violation::pointer)
                .containsExactly("/datasets/0/consent", "/model/version", "/model/zzz", "/schema");
    }

    @Test
    void theSchemaIsValidAgainstTheBundledMetaSchemaWithoutNetwork() {
        JsonSchema meta = ManifestSchema.offlineFactory()
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(JacksonTrees.toNode(ManifestSchema.v1().document()))).isEmpty();
        JsonNode broken = JacksonTrees.toNode(ManifestSchema.v1().document());
        ((ObjectNode) broken).put("type", 12);
        assertThat(meta.validate(broken)).isNotEmpty();
    }

    @Test
    void refusesToFetchRemoteReferences() throws IOException {
        JsonNode remote = JSON.readTree("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                + " \"$ref\": \"https://example.com/not-fetched.json\"}");
        assertThatThrownBy(() -> ManifestSchema.offlineFactory().getSchema(remote).validate(JSON.readTree("{}")))
                .hasStackTraceContaining("does not load schemas from the network");
    }

    @Test
    void describesEveryPropertyAndClosesEveryObject() {
        List<String> undocumented = new ArrayList<>();
        List<String> open = new ArrayList<>();
        walk(JacksonTrees.toNode(ManifestSchema.v1().document()), "", undocumented, open);
        assertThat(undocumented).isEmpty();
        assertThat(open).containsExactlyInAnyOrder("/properties/extensions",
                "/$defs/hyperparameters/properties/other", "/$defs/trainingEnvironment/properties/software");
    }

    private static void walk(JsonNode node, String at, List<String> undocumented, List<String> open) {
        if (!node.isObject()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), at + "/" + i, undocumented, open);
                }
            }
            return;
        }
        if (node.has("properties")) {
            for (Map.Entry<String, JsonNode> property : node.get("properties").properties()) {
                if (!property.getValue().has("description")) {
                    undocumented.add(at + "/properties/" + property.getKey());
                }
            }
            if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
                open.add(at);
            }
        } else if ("object".equals(node.path("type").asText())) {
            open.add(at);
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            if (member.getKey().equals("if") || member.getKey().equals("not")) {
                continue; // conditions, not property definitions
            }
            walk(member.getValue(), at + "/" + member.getKey(), undocumented, open);
        }
    }
}
