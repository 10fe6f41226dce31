package dev.mlbom.codec;

import dev.mlbom.jackson.JacksonTrees;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.internal.Codes;
import dev.mlbom.model.ComponentKind;
import dev.mlbom.model.ConsentStatus;
import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.DatasetSourceType;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.ModelSourceType;
import dev.mlbom.model.TrainingProcedure;
import dev.mlbom.schema.ManifestSchema;
import dev.mlbom.schema.ValidationReport;
import dev.mlbom.testing.ManifestGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The codec skips the JSON Schema validator for documents binding accepts, which is sound only if
 * binding enforces every rule of the schema: whatever binding accepts, the schema accepts. These
 * properties check that over generated manifests and over trees broken by random mutations (a
 * member dropped or added, a value of another type, a broken pattern, an unknown enum id, a
 * negative or fractional number, an empty string, array or object, ...). Binding may be stricter
 * than the schema (the records' own rules: distinct names, time order, shard coverage); the
 * reverse direction is counted, not required.
 */
class BinderSchemaAgreementProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ManifestCodec PARANOID = ManifestCodec.json().alwaysValidateSchema();

    @Provide
    Arbitrary<Manifest> manifests() {
        return ManifestGenerator.manifests();
    }

    @Property(tries = 300)
    void generatedManifestsAreAcceptedByBoth(@ForAll("manifests") Manifest manifest) throws ManifestException {
        JsonNode tree = JacksonTrees.toTree(manifest);
        assertThat(JacksonTrees.fromTree(ManifestCodec.json(), tree)).isEqualTo(manifest);
        assertThat(JacksonTrees.fromTree(PARANOID, tree)).isEqualTo(manifest);
        assertThat(JacksonTrees.validate(ManifestSchema.v1(), tree).violations()).isEmpty();
    }

    @Property(tries = 1000)
    void whatBindingAcceptsTheSchemaAccepts(@ForAll("manifests") Manifest manifest, @ForAll long seed) {
        Random random = new Random(seed);
        JsonNode tree = JacksonTrees.toTree(manifest);
        int mutations = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < mutations; i++) {
            applied.add(mutate(tree, random));
        }
        ValidationReport schema = JacksonTrees.validate(ManifestSchema.v1(), tree);
        boolean bound;
        try {
            JacksonTrees.fromTree(ManifestCodec.json(), tree);
            bound = true;
        } catch (ManifestException e) {
            bound = false;
            assertThat(e.reason()).isIn(ManifestException.Reason.INVALID, ManifestException.Reason.UNSUPPORTED_VERSION);
            assertThat(e.problems()).isNotEmpty();
        }
        Statistics.label("binding/schema").collect((bound ? "accepts" : "rejects") + "/"
                + (schema.isValid() ? "valid" : "invalid"));
        if (bound) {
            assertThat(schema.violations()).as("binding accepted %s after %s", tree, applied).isEmpty();
        }
    }

    @Test
    void enumIdsAreTheSchemasEnums() {
        JsonNode defs = JacksonTrees.toNode(ManifestSchema.v1().document()).get("$defs");
        Map<String, Class<? extends Enum<?>>> enums = Map.of(
                "/modelSource/properties/type", ModelSourceType.class,
                "/dataset/properties/role", DatasetRole.class,
                "/dataset/properties/sourceType", DatasetSourceType.class,
                "/dataset/properties/consent", ConsentStatus.class,
                "/training/properties/procedure", TrainingProcedure.class,
                "/runtimeDependency/properties/kind", ComponentKind.class,
                "/parentModel/properties/relation", LineageRelation.class);
        enums.forEach((pointer, type) -> {
            List<String> schemaIds = new ArrayList<>();
            defs.at(pointer + "/enum").forEach(n -> schemaIds.add(n.textValue()));
            List<String> modelIds = Arrays.stream(type.getEnumConstants()).map(c -> Codes.id(c)).toList();
            assertThat(modelIds).as(pointer).containsExactlyElementsOf(schemaIds);
        });
    }

    /** Gaps the property found (or that it rarely hits) between binding and the schema, pinned. */
    @Test
    void bindingRejectsWhatOnlyTheSchemaUsedToCatch() throws Exception {
        String hex = "0".repeat(64);
        String artifact = "{\"path\": \"w.bin\", \"size\": 1, \"digests\": {\"sha256\": \"" + hex + "\"}";
        List<String> documents = List.of(
                manifest("\"artifacts\": [" + artifact + ", \"shards\": []}]", ""),
                manifest("", ", \"events\": [{\"actor\": \"a\", \"action\": \"b\", \"timestamp\":"
                        + " \"2026-10-01t12:00:00z\"}]"),
                manifest("", ", \"events\": [{\"actor\": \"a\", \"action\": \"b\", \"timestamp\":"
                        + " \"2026-10-01T12:00:00+01\"}]"),
                manifest("", ", \"events\": [{\"actor\": \"a\", \"action\": \"b\", \"timestamp\":"
                        + " \"2026-10-01T12:00:00+01:00:30\"}]"),
                manifest("", ", \"training\": {\"procedure\": \"dpo\", \"startedAt\": \"-0001-10-01T12:00:00Z\"}"));
        for (String document : documents) {
            JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(document);
            assertThat(JacksonTrees.validate(ManifestSchema.v1(), tree).isValid()).as(document).isFalse();
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ManifestException.class,
                    () -> JacksonTrees.fromTree(ManifestCodec.json(), tree)).reason()).as(document)
                    .isEqualTo(ManifestException.Reason.INVALID);
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ManifestException.class,
                    () -> JacksonTrees.fromTree(PARANOID, tree)).reason()).as(document)
                    .isEqualTo(ManifestException.Reason.INVALID);
        }
    }

    /** A rejected document still gets the schema's findings too, each with its pointer. */
    @Test
    void rejectedDocumentsReportTheSchemasViolationsToo() throws Exception {
        JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest("\"license\":"
                + " {\"spdx\": \"MIT\", \"name\": \"x\"}", ", \"events\": [{\"actor\": \"a\"}]"));
        ManifestException e = org.assertj.core.api.Assertions.catchThrowableOfType(ManifestException.class,
                () -> JacksonTrees.fromTree(ManifestCodec.json(), tree));
        assertThat(e.reason()).isEqualTo(ManifestException.Reason.INVALID);
        assertThat(e.problems()).extracting(dev.mlbom.model.Problem::pointer)
                .contains("/model/license", "/events/0/action", "/events/0/timestamp");
        assertThat(ManifestCodec.json().validatesSchemaAlways()).isFalse();
        assertThat(PARANOID.validatesSchemaAlways()).isTrue();
        assertThat(PARANOID.withLimits(ReadLimits.DEFAULTS).validatesSchemaAlways()).isTrue();
    }

    private static String manifest(String modelMembers, String more) {
        return "{\"schema\": \"" + Manifest.SCHEMA_V1 + "\", \"model\": {\"name\": \"m\", \"version\": \"1\""
                + (modelMembers.isEmpty() ? "" : ", " + modelMembers) + "}" + more + "}";
    }

    // ---------------------------------------------------------------- mutations

    /** A place in the tree: a container and a member name or index; kind is the member name (items: name[]). */
    private record Slot(JsonNode container, String name, int index, String kind) {
        JsonNode value() {
            return container.isObject() ? container.get(name) : container.get(index);
        }

        void set(JsonNode value) {
            if (container.isObject()) {
                ((ObjectNode) container).set(name, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (container.isObject()) {
                ((ObjectNode) container).remove(name);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }

    private static void slots(JsonNode node, String kind, Map<String, List<Slot>> out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(new Slot(node, name, -1, name));
                slots(node.get(name), name, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.computeIfAbsent(kind + "[]", k -> new ArrayList<>()).add(new Slot(node, null, i, kind + "[]"));
                slots(node.get(i), kind + "[]", out);
            }
        }
    }

    /** Edits a string so that it changes, trying random edits. */
    private static String edit(String text, Random random) {
        for (int i = 0; i < 30; i++) {
            String edited = TEXT_EDITS.get(random.nextInt(TEXT_EDITS.size())).apply(text);
            if (!edited.equals(text)) {
                return edited;
            }
        }
        return text + "!";
    }

    private static final List<UnaryOperator<String>> TEXT_EDITS = List.of(
            s -> "",
            s -> " " + s,
            s -> s + " ",
            s -> s + "\n",
            s -> "\u00a0" + s,
            s -> s + "\u2003",
            s -> "\u001c" + s,
            s -> s + "\ufeff",
            s -> s.toUpperCase(java.util.Locale.ROOT),
            s -> s.toLowerCase(java.util.Locale.ROOT),
            s -> s + "0",
            s -> s.length() > 1 ? s.substring(0, s.length() - 1) : "x",
            s -> s.length() > 1 ? s.substring(1) : "y",
            s -> s.replace('a', 'G').replace('0', 'g'),
            s -> s.replace('Z', 'z').replace('T', 't'),
            s -> s.replace("Z", "+01:00"),
            s -> s.replace("Z", "+0100"),
            s -> s.replace("Z", "+01:00:30"),
            s -> s.replace("Z", "+01"),
            s -> s.replace(":00Z", "Z"),
            s -> s.replace(":00Z", ":60Z"),
            s -> s.replace("Z", ".Z"),
            s -> s.replace("Z", ".1234567891Z"),
            s -> s.replaceFirst("^[0-9]{4}", "-0001"),
            s -> s.replaceFirst("^[0-9]{4}", "+2026"),
            s -> s.replaceFirst("^[0-9]{4}", "+12026"),
            s -> s.replaceFirst("^[0-9]{4}", "12026"),
            s -> s.replaceFirst("-[0-9]{2}-", "-13-"),
            s -> s.replaceFirst("-[0-9]{2}$", "-31"),
            s -> s.replaceFirst("^sha256:", "sha1:"),
            s -> s.replaceFirst("^sha256:", "SHA256:"),
            s -> s.replaceFirst("^sha256:", "sha384:"),
            s -> s.replaceFirst("^sha256:", ""),
            s -> "sha256:" + s,
            s -> "/" + s,
            s -> "\\" + s,
            s -> s + "/../x",
            s -> s + "//x",
            s -> "./" + s,
            s -> s + " OR MIT",
            s -> s + "_x",
            s -> "(" + s,
            s -> "other",
            s -> "hub",
            s -> "training",
            s -> "https://mlbom.dev/schema/manifest/v2",
            s -> "a".repeat(65_537));

    private static final List<JsonNode> VALUES = List.of(
            NODES.textNode("x"), NODES.textNode(""), NODES.textNode(" "), NODES.numberNode(1), NODES.numberNode(0),
            NODES.numberNode(-1), NODES.numberNode(1.5), NODES.numberNode(3.0), NODES.numberNode(-0.0),
            NODES.numberNode(1e19), NODES.numberNode(2_147_483_648L), NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(new java.math.BigInteger("9223372036854775808")), NODES.numberNode(-1e-300),
            NODES.booleanNode(true), NODES.nullNode(), NODES.objectNode(), NODES.arrayNode());

    /** Applies one random mutation somewhere in the tree; returns what it did. */
    private static String mutate(JsonNode root, Random random) {
        // every kind of member is equally likely to be hit, however often it occurs
        Map<String, List<Slot>> byKind = new java.util.TreeMap<>();
        slots(root, "", byKind);
        if (byKind.isEmpty()) {
            ((ObjectNode) root).put("schema", Manifest.SCHEMA_V1);
            return "put schema back";
        }
        List<List<Slot>> kinds = new ArrayList<>(byKind.values());
        List<Slot> ofKind = kinds.get(random.nextInt(kinds.size()));
        Slot slot = ofKind.get(random.nextInt(ofKind.size()));
        JsonNode value = slot.value();
        String where = slot.kind;
        int choice = value.isTextual() && random.nextInt(10) < 6 ? 2 : random.nextInt(8);
        switch (choice) {
            case 0:
                slot.remove();
                return "removed " + where;
            case 1: {
                JsonNode target = value.isObject() ? value : slot.container.isObject() ? slot.container : root;
                String name = random.nextBoolean() ? "unknown" : List.of("spdx", "name", "url", "digests", "shards",
                        "typeOther", "roleOther", "kindOther", "procedureOther", "relationOther", "sourceTypeOther",
                        "records", "extensions").get(random.nextInt(13));
                ((ObjectNode) target).set(name, random.nextBoolean() ? NODES.textNode("x y")
                        : VALUES.get(random.nextInt(VALUES.size())));
                return "added " + name + " near " + where;
            }
            case 2:
            case 3:
                if (value.isTextual()) {
                    String edited = edit(value.textValue(), random);
                    slot.set(NODES.textNode(edited));
                    return "edited " + where + " to '" + edited + "'";
                }
                if (value.isObject() && value.size() > 0) {
                    List<String> names = new ArrayList<>();
                    value.fieldNames().forEachRemaining(names::add);
                    String name = names.get(random.nextInt(names.size()));
                    String renamed = edit(name, random);
                    JsonNode member = ((ObjectNode) value).remove(name);
                    ((ObjectNode) value).set(renamed, member);
                    return "renamed " + where + "/" + name + " to '" + renamed + "'";
                }
                slot.set(VALUES.get(random.nextInt(VALUES.size())));
                return "replaced " + where;
            case 4:
                if (value.isNumber()) {
                    JsonNode number = switch (random.nextInt(5)) {
                        case 0 -> NODES.numberNode(-value.doubleValue() - 1);
                        case 1 -> NODES.numberNode(value.doubleValue() + 0.5);
                        case 2 -> NODES.numberNode((double) value.longValue());
                        case 3 -> NODES.numberNode(value.decimalValue().negate());
                        default -> NODES.numberNode(value.decimalValue().scaleByPowerOfTen(3));
                    };
                    slot.set(number);
                    return "number " + where + " -> " + number;
                }
                slot.set(VALUES.get(random.nextInt(VALUES.size())));
                return "replaced " + where;
            case 5:
                if (value.isArray() && value.size() > 0) {
                    if (random.nextBoolean()) {
                        ((ArrayNode) value).removeAll();
                        return "emptied " + where;
                    }
                    ((ArrayNode) value).add(value.get(random.nextInt(value.size())).deepCopy());
                    return "duplicated an item of " + where;
                }
                if (value.isObject()) {
                    slot.set(NODES.objectNode());
                    return "emptied " + where;
                }
                slot.set(NODES.arrayNode().add(value.deepCopy()));
                return "wrapped " + where;
            default: {
                JsonNode replacement = VALUES.get(random.nextInt(VALUES.size()));
                slot.set(replacement);
                return "replaced " + where + " with " + replacement;
            }
        }
    }
}
