package dev.mlbom.dsse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.model.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only stand-in for core's RFC 8785 canonicalizer: sorts object members and writes without
 * whitespace. Correct only for trees of strings, integers, booleans and nulls with ASCII member
 * names, which is all these tests use; it is NOT an RFC 8785 implementation.
 */
final class TestCanonicalizer implements JsonCanonicalizer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public byte[] canonicalize(JsonValue tree) {
        try {
            return MAPPER.writeValueAsBytes(sorted(JacksonTrees.toNode(tree)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            for (String name : names) {
                out.set(name, sorted(node.get(name)));
            }
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(child -> out.add(sorted(child)));
            return out;
        }
        return node;
    }
}
