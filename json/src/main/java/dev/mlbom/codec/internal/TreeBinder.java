package dev.mlbom.codec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.ManifestException.Reason;
import dev.mlbom.model.Problem;
import dev.mlbom.schema.Violation;
import dev.mlbom.schema.internal.CompiledSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Binds a Jackson tree to a manifest: picks the binding by the {@code schema} member, binds, and
 * runs the schema validator when binding found problems (or always, on request). The one
 * implementation behind {@code ManifestCodec.fromTree} and the Jackson bridge. Stateless.
 */
public final class TreeBinder {

    private TreeBinder() {
    }

    /**
     * Binds a tree.
     *
     * @param tree the document; not modified
     * @param alwaysValidateSchema whether to run the schema validator on documents binding accepts
     * @return the manifest
     * @throws ManifestException INVALID or UNSUPPORTED_VERSION, listing every problem
     */
    public static Manifest bind(JsonNode tree, boolean alwaysValidateSchema) throws ManifestException {
        Objects.requireNonNull(tree, "tree");
        if (!tree.isObject()) {
            throw ManifestException.of(Reason.INVALID, "", "a manifest is a JSON object, got " + describe(tree));
        }
        JsonNode schema = tree.get("schema");
        if (schema == null) {
            throw ManifestException.of(Reason.INVALID, "/schema", "is required; add \"schema\": \""
                    + Manifest.SCHEMA_V1 + "\"");
        }
        if (!schema.isTextual()) {
            throw ManifestException.of(Reason.INVALID, "/schema", "must be a string, got " + describe(schema));
        }
        Optional<SchemaBinding> binding = Bindings.forSchema(schema.textValue());
        if (binding.isEmpty()) {
            throw ManifestException.of(Reason.UNSUPPORTED_VERSION, "/schema", "this mlbom reads "
                    + Bindings.readable() + ", not '" + abbreviate(schema.textValue())
                    + "'; upgrade mlbom or write a supported version");
        }
        Problems problems = new Problems();
        Manifest manifest = binding.get().fromTree((ObjectNode) tree, problems);
        boolean bound = problems.isEmpty() && manifest != null;
        if (bound && !alwaysValidateSchema) {
            return manifest; // binding enforces every schema rule: the schema would accept this document
        }
        // Binding's messages are more precise, so a schema violation on a value binding already
        // blamed is dropped; the rest (and, in the always mode, any disagreement) is reported.
        List<Problem> violations = new ArrayList<>();
        CompiledSchema compiled = CompiledSchema.of(binding.get().schema().id());
        for (Violation violation : compiled.validate(tree).violations()) {
            violations.add(new Problem(violation.pointer(), violation.message() + " (schema: " + violation.keyword()
                    + ")"));
        }
        problems.addUncovered(violations);
        if (!problems.isEmpty() || manifest == null) {
            throw new ManifestException(Reason.INVALID, problems.isEmpty()
                    ? List.of(new Problem("", "the manifest could not be bound")) : problems.sorted(), null);
        }
        return manifest;
    }

    private static String describe(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
