package dev.mlbom.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.canonical.CanonicalizationException;
import dev.mlbom.canonical.Canonicalizer;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.model.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Renders a {@link ManifestDiff} as text or JSON. Values in the text form are RFC 8785 canonical
 * JSON; output is deterministic and uses {@code \n} line ends.
 *
 * <p>Stateless and thread-safe.
 */
public final class DiffRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
    private static final Canonicalizer CANONICAL = Canonicalizer.strict();

    private DiffRenderer() {
    }

    /**
     * The diff as text: the summary, then one line per field change ({@code +} added,
     * {@code -} removed, {@code ~} changed).
     *
     * @param diff the diff
     * @return the text
     */
    public static String text(ManifestDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("Diff ").append(diff.oldSubject()).append(" -> ").append(diff.newSubject()).append('\n');
        if (diff.isEmpty()) {
            return out.append("no changes\n").toString();
        }
        out.append("\nSummary\n");
        for (SemanticChange change : diff.summary()) {
            out.append("  - ").append(change.text()).append('\n');
        }
        out.append("\nField changes (").append(diff.changes().size()).append(")\n");
        for (FieldChange change : diff.changes()) {
            switch (change.kind()) {
                case ADDED -> out.append("  + ").append(change.pointer()).append(": ")
                        .append(value(change.newValue().orElseThrow()));
                case REMOVED -> out.append("  - ").append(change.pointer()).append(": ")
                        .append(value(change.oldValue().orElseThrow()));
                default -> out.append("  ~ ").append(change.pointer()).append(": ")
                        .append(value(change.oldValue().orElseThrow())).append(" -> ")
                        .append(value(change.newValue().orElseThrow()));
            }
            out.append('\n');
        }
        out.append("\nArray indexes in pointers are those of the new manifest for added and changed values,"
                + " and of the old manifest for removed values.\n");
        return out.toString();
    }

    /**
     * The diff as JSON: {@code old}, {@code new}, {@code summary} (topic and text) and
     * {@code changes} (op, pointer, old, new).
     *
     * @param diff the diff
     * @return the JSON text, pretty-printed, ending with a newline
     */
    public static String json(ManifestDiff diff) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("old", diff.oldSubject());
        root.put("new", diff.newSubject());
        ArrayNode summary = root.putArray("summary");
        for (SemanticChange change : diff.summary()) {
            summary.addObject().put("topic", change.topic().name().toLowerCase(Locale.ROOT)).put("text", change.text());
        }
        ArrayNode changes = root.putArray("changes");
        for (FieldChange change : diff.changes()) {
            ObjectNode node = changes.addObject();
            node.put("op", change.kind().name().toLowerCase(Locale.ROOT));
            node.put("pointer", change.pointer());
            change.oldValue().ifPresent(v -> node.set("old", JacksonTrees.toNode(v)));
            change.newValue().ifPresent(v -> node.set("new", JacksonTrees.toNode(v)));
        }
        try {
            return PRETTY.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private static String value(JsonValue value) {
        try {
            return new String(CANONICAL.canonicalize(value), StandardCharsets.UTF_8);
        } catch (CanonicalizationException e) {
            return JacksonTrees.toNode(value).toString();
        }
    }
}
