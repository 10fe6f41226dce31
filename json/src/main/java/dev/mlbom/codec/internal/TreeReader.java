package dev.mlbom.codec.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.ManifestException.Reason;
import dev.mlbom.model.Problem;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses JSON or YAML text into a Jackson tree, strictly and within limits: duplicate member
 * names, nesting deeper than the limit, over-long strings, trailing content, YAML anchors,
 * aliases, explicit tags and extra documents are all rejected with the JSON Pointer where they
 * occur (YAML is first scanned event by event by {@link YamlGuard}, which also sees anchors on
 * scalars that Jackson does not expose). The tree is built token by token here (not by databind) so that every check sees the
 * path it is at. Immutable and thread-safe; parsers are created per call.
 */
public final class TreeReader {

    private static final JsonNodeFactory NODES = new JsonNodeFactory(false);

    private final JsonFactory factory;
    private final YamlGuard guard;
    private final boolean yaml;
    private final long maxDocumentBytes;
    private final int maxDepth;
    private final int maxStringLength;

    /**
     * Creates a reader.
     *
     * @param yaml true for YAML, false for JSON
     * @param maxDocumentBytes largest document accepted
     * @param maxDepth deepest nesting accepted
     * @param maxStringLength longest string accepted
     */
    public TreeReader(boolean yaml, long maxDocumentBytes, int maxDepth, int maxStringLength) {
        this.yaml = yaml;
        this.maxDocumentBytes = maxDocumentBytes;
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
        // Jackson's own constraints are a backstop a little above ours, so that our checks (which
        // know the pointer) fire first.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth + 2)
                .maxStringLength(maxStringLength + 1)
                .maxNameLength(maxStringLength + 1)
                .maxNumberLength(1000)
                .maxDocumentLength(maxDocumentBytes + 1)
                .build();
        if (yaml) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxDocumentBytes + 1));
            options.setNestingDepthLimit(maxDepth + 2);
            options.setMaxAliasesForCollections(0);
            options.setAllowDuplicateKeys(false);
            options.setAllowRecursiveKeys(false);
            options.setProcessComments(false);
            this.factory = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints)
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
            this.guard = new YamlGuard(options, maxDepth);
        } else {
            this.factory = JsonFactory.builder().streamReadConstraints(constraints)
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
            this.guard = null;
        }
    }

    /**
     * Parses a whole document.
     *
     * @param bytes the document (UTF-8 for JSON; YAML may also be UTF-16/32 with a BOM)
     * @return the root value
     * @throws ManifestException MALFORMED, TOO_LARGE or UNSUPPORTED_YAML
     */
    public JsonNode read(byte[] bytes) throws ManifestException {
        if (bytes.length > maxDocumentBytes) {
            throw tooLargeDocument(bytes.length);
        }
        if (guard != null) {
            guard.scan(bytes);
        }
        Cursor cursor = new Cursor();
        try (JsonParser parser = factory.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ManifestException.of(Reason.MALFORMED, "", "the document is empty; write a manifest object");
            }
            JsonNode root = value(parser, first, "", 0, cursor);
            JsonToken next = parser.nextToken();
            if (next != null) {
                if (yaml) {
                    throw ManifestException.of(Reason.UNSUPPORTED_YAML, "", "the file holds more than one YAML"
                            + " document (at " + where(parser.currentTokenLocation())
                            + "); put one manifest per file");
                }
                throw ManifestException.of(Reason.MALFORMED, "", "unexpected content after the manifest at "
                        + where(parser.currentTokenLocation()) + "; a file holds exactly one JSON value");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new ManifestException(Reason.TOO_LARGE, java.util.List.of(new Problem(cursor.pointer,
                    e.getOriginalMessage() + " (at " + where(e.getLocation()) + ")")), e);
        } catch (StreamReadException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.contains("exceeds the limit")) {
                throw new ManifestException(Reason.TOO_LARGE, java.util.List.of(new Problem(cursor.pointer,
                        firstLine(message))), e);
            }
            throw new ManifestException(Reason.MALFORMED, java.util.List.of(new Problem(cursor.pointer,
                    "not well-formed " + (yaml ? "YAML" : "JSON") + " at " + where(e.getLocation()) + ": "
                            + firstLine(message) + "; fix the syntax")), e);
        } catch (java.io.CharConversionException e) {
            // the bytes are in memory: the only way reading them fails is that they are no Unicode text
            throw new ManifestException(Reason.MALFORMED, java.util.List.of(new Problem(cursor.pointer,
                    "the document is not valid " + (yaml ? "UTF-8, UTF-16 or UTF-32" : "UTF-8") + " text: "
                            + firstLine(e.getMessage()))), e);
        } catch (IOException e) {
            throw new ManifestException(Reason.IO_ERROR, java.util.List.of(new Problem("",
                    "could not parse the document: " + e.getMessage())), e);
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits and syntax errors unchecked
            String message = String.valueOf(e.getMessage());
            Reason reason = message.contains("exceeds the limit") || message.contains("Nesting Depth")
                    ? Reason.TOO_LARGE : Reason.MALFORMED;
            throw new ManifestException(reason, java.util.List.of(new Problem(cursor.pointer,
                    "could not parse the " + (yaml ? "YAML" : "JSON") + ": " + firstLine(message))), e);
        }
    }

    private ManifestException tooLargeDocument(long size) {
        return ManifestException.of(Reason.TOO_LARGE, "", "the document has " + size
                + " bytes, more than the limit of " + maxDocumentBytes + "; raise ReadLimits.maxDocumentBytes"
                + " if this is expected");
    }

    private JsonNode value(JsonParser parser, JsonToken token, String pointer, int depth, Cursor cursor)
            throws IOException, ManifestException {
        cursor.pointer = pointer;
        if (yaml) {
            checkYaml((YAMLParser) parser, pointer);
        }
        switch (token) {
            case START_OBJECT: {
                checkDepth(depth + 1, pointer);
                ObjectNode object = NODES.objectNode();
                JsonToken t;
                while ((t = next(parser, pointer, cursor)) == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = pointer + "/" + Problem.escape(name);
                    cursor.pointer = child;
                    if (name.length() > maxStringLength) {
                        throw tooLong(child, name.length());
                    }
                    if (object.has(name)) {
                        throw ManifestException.of(Reason.MALFORMED, child, "the member name '" + abbreviate(name)
                                + "' appears twice in one object (at " + where(parser.currentTokenLocation())
                                + "); keep one");
                    }
                    JsonToken valueToken = parser.nextToken();
                    object.set(name, value(parser, valueToken, child, depth + 1, cursor));
                }
                if (t != JsonToken.END_OBJECT) {
                    throw ManifestException.of(Reason.MALFORMED, pointer, "unexpected " + t + " at "
                            + where(parser.currentTokenLocation()));
                }
                return object;
            }
            case START_ARRAY: {
                checkDepth(depth + 1, pointer);
                ArrayNode array = NODES.arrayNode();
                JsonToken t;
                int index = 0;
                while ((t = next(parser, pointer, cursor)) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw ManifestException.of(Reason.MALFORMED, pointer, "the array is not closed");
                    }
                    array.add(value(parser, t, pointer + "/" + index, depth + 1, cursor));
                    index++;
                }
                return array;
            }
            case VALUE_STRING: {
                String text = parser.getText();
                if (text.length() > maxStringLength) {
                    throw tooLong(pointer, text.length());
                }
                return NODES.textNode(text);
            }
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return bool(parser, token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw ManifestException.of(Reason.MALFORMED, pointer, "unexpected " + token + " at "
                        + where(parser.currentTokenLocation()));
        }
    }

    /**
     * A boolean: only the words {@code true} and {@code false}. The YAML parser also reads YAML 1.1
     * words ({@code yes}, {@code no}, {@code on}, {@code off}, {@code y}, {@code True}, ...) as
     * booleans; those stay the text they are, so a setting written {@code skipDigests: yes} is a
     * type error at its pointer instead of quietly switching the setting.
     */
    private JsonNode bool(JsonParser parser, boolean value) throws IOException {
        if (yaml) {
            String text = parser.getText();
            if (!(value ? "true" : "false").equals(text)) {
                return NODES.textNode(text);
            }
        }
        return NODES.booleanNode(value);
    }

    /** Advances inside a container; a syntax error found there is blamed on the container. */
    private static JsonToken next(JsonParser parser, String container, Cursor cursor) throws IOException {
        cursor.pointer = container;
        return parser.nextToken();
    }

    private void checkYaml(YAMLParser parser, String pointer) throws IOException, ManifestException {
        if (parser.isCurrentAlias()) {
            throw ManifestException.of(Reason.UNSUPPORTED_YAML, pointer, "YAML aliases ('*"
                    + abbreviate(parser.getText()) + "') are not accepted (at " + where(parser.currentTokenLocation())
                    + "); write the value out in full");
        }
        if (parser.getObjectId() != null) {
            throw ManifestException.of(Reason.UNSUPPORTED_YAML, pointer, "YAML anchors ('&"
                    + abbreviate(parser.getObjectId()) + "') are not accepted (at "
                    + where(parser.currentTokenLocation()) + "); write plain values");
        }
        if (parser.getTypeId() != null) {
            throw ManifestException.of(Reason.UNSUPPORTED_YAML, pointer, "YAML tags ('"
                    + abbreviate(parser.getTypeId()) + "') are not accepted (at "
                    + where(parser.currentTokenLocation()) + "); remove the tag");
        }
    }

    private void checkDepth(int depth, String pointer) throws ManifestException {
        if (depth > maxDepth) {
            throw ManifestException.of(Reason.TOO_LARGE, pointer, "nesting is deeper than the limit of "
                    + maxDepth + " levels; flatten the data or raise ReadLimits.maxDepth");
        }
    }

    private ManifestException tooLong(String pointer, int length) {
        return ManifestException.of(Reason.TOO_LARGE, pointer, "a string of " + length
                + " characters is longer than the limit of " + maxStringLength
                + "; shorten it or raise ReadLimits.maxStringLength");
    }

    private static String where(JsonLocation location) {
        if (location == null) {
            return "an unknown position";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** Where the reader is, for errors raised by the parser itself. */
    private static final class Cursor {
        private String pointer = "";
    }
}
