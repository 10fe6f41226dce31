package dev.mlbom.codec.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes trees as deterministic text: JSON pretty-printed with two spaces, {@code "name": value},
 * LF line ends and a trailing newline; YAML in block style, strings plain only when they are simple words
 * ({@link PlainYamlQuoting}), otherwise double-quoted. Numbers are written in their shortest round-tripping form
 * on every JDK. Immutable and thread-safe.
 */
public final class TextWriter {

    private final ObjectWriter writer;
    private final boolean yaml;

    private TextWriter(ObjectWriter writer, boolean yaml) {
        this.writer = writer;
        this.yaml = yaml;
    }

    /**
     * The JSON writer.
     *
     * @return a writer
     */
    public static TextWriter json() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return new TextWriter(new ObjectMapper(factory).writer(printer), false);
    }

    /**
     * The YAML writer.
     *
     * @return a writer
     */
    public static TextWriter yaml() {
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .stringQuotingChecker(new PlainYamlQuoting())
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .build();
        return new TextWriter(new ObjectMapper(factory).writer(), true);
    }

    /**
     * Writes a tree.
     *
     * @param tree the tree
     * @return UTF-8 text ending in a newline
     */
    public byte[] write(JsonNode tree) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            try (JsonGenerator generator = writer.createGenerator(out)) {
                writer.writeValue(generator, tree);
            }
            if (!yaml) {
                out.write('\n');
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
    }
}
