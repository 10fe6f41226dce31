package dev.mlbom.codec.internal;

import dev.mlbom.model.ManifestException;
import dev.mlbom.model.ManifestException.Reason;
import dev.mlbom.model.Problem;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Scans YAML at the event level before it is parsed into a tree, and refuses what mlbom does not
 * accept: anchors, aliases (no billion laughs), explicit tags, non-scalar mapping keys, more than
 * one document, and nesting beyond the depth limit. Every refusal names the JSON Pointer and the
 * line and column. The scan streams; it builds nothing. Immutable and thread-safe.
 */
final class YamlGuard {

    private final LoaderOptions options;
    private final int maxDepth;

    YamlGuard(LoaderOptions options, int maxDepth) {
        this.options = options;
        this.maxDepth = maxDepth;
    }

    void scan(byte[] bytes) throws ManifestException {
        Parser parser = new ParserImpl(new StreamReader(new UnicodeReader(new ByteArrayInputStream(bytes))), options);
        Deque<Frame> stack = new ArrayDeque<>();
        int documents = 0;
        String pointer = "";
        try {
            while (parser.peekEvent() != null) {
                Event event = parser.getEvent();
                if (event instanceof DocumentStartEvent) {
                    documents++;
                    if (documents > 1) {
                        throw refuse("", event.getStartMark(), "the file holds more than one YAML document;"
                                + " put one manifest per file");
                    }
                    continue;
                }
                Event.ID id = event.getEventId();
                if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                    stack.pop();
                    valueDone(stack);
                    continue;
                }
                if (!(event instanceof NodeEvent node)) {
                    continue;
                }
                Frame top = stack.peek();
                boolean key = top != null && top.mapping && top.expectKey;
                pointer = top == null ? "" : key ? top.pointer : top.childPointer();
                if (event instanceof AliasEvent) {
                    throw refuse(pointer, event.getStartMark(), "YAML aliases ('*" + node.getAnchor()
                            + "') are not accepted; write the value out in full");
                }
                if (node.getAnchor() != null) {
                    throw refuse(pointer, event.getStartMark(), "YAML anchors ('&" + node.getAnchor()
                            + "') are not accepted; write plain values");
                }
                String tag = event instanceof ScalarEvent s ? s.getTag()
                        : event instanceof CollectionStartEvent c ? c.getTag() : null;
                if (tag != null) {
                    throw refuse(pointer, event.getStartMark(), "YAML tags ('" + tag + "') are not accepted;"
                            + " remove the tag");
                }
                if (key) {
                    if (!(event instanceof ScalarEvent scalar)) {
                        throw refuse(pointer, event.getStartMark(), "mapping keys must be plain strings;"
                                + " write the key as a scalar (no '? ' complex keys, lists or maps as keys)");
                    }
                    top.key = scalar.getValue();
                    top.expectKey = false;
                    continue;
                }
                if (event instanceof CollectionStartEvent) {
                    if (stack.size() + 1 > maxDepth) {
                        throw new ManifestException(Reason.TOO_LARGE, List.of(new Problem(pointer,
                                "nesting is deeper than the limit of " + maxDepth + " levels (at "
                                        + where(event.getStartMark()) + "); flatten the data or raise"
                                        + " ReadLimits.maxDepth")), null);
                    }
                    stack.push(new Frame(id == Event.ID.MappingStart, pointer));
                } else {
                    valueDone(stack);
                }
            }
        } catch (MarkedYAMLException e) {
            throw new ManifestException(Reason.MALFORMED, List.of(new Problem(pointer, "not well-formed YAML at "
                    + where(e.getProblemMark()) + ": " + e.getProblem() + "; fix the syntax")), e);
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            Reason reason = message.contains("exceeds the limit") ? Reason.TOO_LARGE : Reason.MALFORMED;
            throw new ManifestException(reason, List.of(new Problem(pointer, "could not read the YAML: "
                    + message)), e);
        } catch (RuntimeException e) {
            // SnakeYAML lets a few scanner errors escape unchecked (e.g. a hex escape cut short by the end of the file)
            String at = pending(stack, pointer);
            throw new ManifestException(Reason.MALFORMED, List.of(new Problem(at, "not well-formed YAML in "
                    + (at.isEmpty() ? "the document" : "the value at " + at) + " (the YAML scanner failed with "
                    + e.getClass().getSimpleName() + "); check escapes in quoted strings and fix the syntax")),
                    e);
        }
    }

    /** The pointer of the value being scanned: a mapping's value once its key is read, else the last node. */
    private static String pending(Deque<Frame> stack, String last) {
        Frame top = stack.peek();
        if (top == null) {
            return last;
        }
        return top.mapping && top.expectKey ? top.pointer : top.childPointer();
    }

    private static void valueDone(Deque<Frame> stack) {
        Frame parent = stack.peek();
        if (parent == null) {
            return;
        }
        if (parent.mapping) {
            parent.expectKey = true;
        } else {
            parent.index++;
        }
    }

    private static ManifestException refuse(String pointer, Mark mark, String message) {
        int cut = message.indexOf(';');
        String located = cut < 0 ? message + " (at " + where(mark) + ")"
                : message.substring(0, cut) + " (at " + where(mark) + ")" + message.substring(cut);
        return new ManifestException(Reason.UNSUPPORTED_YAML, List.of(new Problem(pointer, located)), null);
    }

    private static String where(Mark mark) {
        return mark == null ? "an unknown position" : "line " + (mark.getLine() + 1) + ", column "
                + (mark.getColumn() + 1);
    }

    /** One open mapping or sequence. */
    private static final class Frame {
        private final boolean mapping;
        private final String pointer;
        private boolean expectKey = true;
        private String key;
        private int index;

        Frame(boolean mapping, String pointer) {
            this.mapping = mapping;
            this.pointer = pointer;
        }

        String childPointer() {
            return pointer + "/" + (mapping ? Problem.escape(key) : Integer.toString(index));
        }
    }
}
