package dev.mlbom.canonical.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.mlbom.canonical.CanonicalizationException;
import dev.mlbom.canonical.CanonicalizationException.Reason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes a Jackson {@link JsonNode} tree as RFC 8785 canonical bytes. Numbers of every node kind
 * are converted exactly (correctly rounded) to a double; non-finite values, lone surrogates and
 * non-JSON nodes (binary, POJO, missing) are rejected.
 *
 * <p>Not thread-safe: one instance writes one tree.
 */
public final class TreeWriter {

    private static final long TWO_POW_53 = 1L << 53;

    private final ByteSink out;
    private final int maxDepth;
    private final long maxBytes;
    private final List<String> path = new ArrayList<>();
    private byte[] scratch = new byte[256];

    private TreeWriter(ByteSink out, int maxDepth, long maxBytes) {
        this.out = out;
        this.maxDepth = maxDepth;
        this.maxBytes = maxBytes;
    }

    /**
     * Writes a tree.
     *
     * @param tree the tree
     * @param out where to write
     * @param maxDepth the maximum nesting of arrays and objects
     * @param maxBytes the maximum size of the canonical output
     * @throws CanonicalizationException if the tree cannot be canonicalized
     */
    public static void write(JsonNode tree, ByteSink out, int maxDepth, long maxBytes)
            throws CanonicalizationException {
        new TreeWriter(out, maxDepth, maxBytes).value(tree, 0);
    }

    /**
     * The canonical bytes of a tree, the size limit applied to the output.
     *
     * @param tree the tree; not modified
     * @param maxDepth the maximum nesting of arrays and objects
     * @param maxBytes the maximum size of the canonical output
     * @return the canonical UTF-8 bytes
     * @throws CanonicalizationException if the tree cannot be canonicalized
     */
    public static byte[] canonicalize(JsonNode tree, int maxDepth, int maxBytes) throws CanonicalizationException {
        java.util.Objects.requireNonNull(tree, "tree");
        ByteSink sink = ByteSink.inMemory(256);
        write(tree, sink, maxDepth, maxBytes);
        byte[] result = sink.toByteArray();
        if (result.length > maxBytes) {
            throw new CanonicalizationException(CanonicalizationException.Reason.TOO_LARGE,
                    "the canonical form has " + result.length + " bytes, more than the limit of " + maxBytes
                            + "; raise the limit with Canonicalizer.builder().maxBytes(...)", -1, "");
        }
        return result;
    }

    /** An open array or object: its node, sorted member names (objects only) and the next position. */
    private static final class Frame {
        final JsonNode node;
        final String[] names;
        int next;

        Frame(JsonNode node, String[] names) {
            this.node = node;
            this.names = names;
        }
    }

    /** Writes a value of any nesting without recursion: open containers live on an explicit stack. */
    private void value(JsonNode root, int unused) throws CanonicalizationException {
        java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        JsonNode node = root;
        while (true) {
            if (out.pos > maxBytes) {
                throw fail(Reason.TOO_LARGE, "the canonical form exceeds the size limit of " + maxBytes + " bytes",
                        "raise the limit with Canonicalizer.builder().maxBytes(...)");
            }
            JsonNodeType type = node.getNodeType();
            switch (type) {
                case NULL:
                    out.writeAscii("null");
                    break;
                case BOOLEAN:
                    out.writeAscii(node.booleanValue() ? "true" : "false");
                    break;
                case STRING:
                    string(node.textValue());
                    break;
                case NUMBER:
                    number(node);
                    break;
                case ARRAY:
                    enter(stack.size());
                    out.write((byte) '[');
                    stack.push(new Frame(node, null));
                    break;
                case OBJECT: {
                    enter(stack.size());
                    String[] names = new String[node.size()];
                    int k = 0;
                    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                        names[k++] = it.next();
                    }
                    java.util.Arrays.sort(names); // String order is UTF-16 code unit order
                    out.write((byte) '{');
                    stack.push(new Frame(node, names));
                    break;
                }
                default:
                    throw fail(Reason.INVALID_JSON, "a " + type + " node is not JSON data",
                            "convert it to a JSON value first (e.g. binary data to a base64 text node)");
            }
            // find the next value to write, closing finished containers
            node = null;
            while (!stack.isEmpty()) {
                Frame f = stack.peek();
                int size = f.names == null ? f.node.size() : f.names.length;
                if (f.next > 0) {
                    path.remove(path.size() - 1);
                }
                if (f.next < size) {
                    if (f.next > 0) {
                        out.write((byte) ',');
                    }
                    if (f.names == null) {
                        path.add(Integer.toString(f.next));
                        node = f.node.get(f.next);
                    } else {
                        String name = f.names[f.next];
                        path.add(name);
                        string(name);
                        out.write((byte) ':');
                        node = f.node.get(name);
                    }
                    f.next++;
                    break;
                }
                out.write((byte) (f.names == null ? ']' : '}'));
                stack.pop();
            }
            if (node == null) {
                return;
            }
        }
    }

    private void enter(int depth) throws CanonicalizationException {
        if (depth >= maxDepth) {
            throw fail(Reason.TOO_DEEP, "arrays and objects are nested deeper than the limit of " + maxDepth,
                    "flatten the tree, or raise the limit with Canonicalizer.builder().maxDepth(...)");
        }
    }

    private void number(JsonNode node) throws CanonicalizationException {
        double v;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            long l = node.longValue();
            if (l > -TWO_POW_53 && l < TWO_POW_53) {
                out.ensure(EcmaNumbers.MAX_LENGTH);
                if (l < 0) {
                    out.buf[out.pos++] = '-';
                    l = -l;
                }
                out.pos = EcmaNumbers.writePositiveLong(l, out.buf, out.pos);
                return;
            }
            v = l; // long to double conversion rounds to nearest, ties to even
        } else if (node.isBigInteger()) {
            BigInteger b = node.bigIntegerValue();
            v = Double.parseDouble(b.toString());
        } else if (node.isBigDecimal()) {
            BigDecimal d = node.decimalValue();
            v = Double.parseDouble(d.toString());
        } else {
            v = node.doubleValue(); // DoubleNode, FloatNode (float to double is exact)
        }
        if (!Double.isFinite(v)) {
            throw fail(Reason.NUMBER_OUT_OF_RANGE, "the number " + node.asText() + " is not a finite IEEE-754 double",
                    "RFC 8785 numbers must be finite doubles; write such values as strings");
        }
        out.ensure(EcmaNumbers.MAX_LENGTH);
        out.pos = EcmaNumbers.write(v, out.buf, out.pos);
    }

    private void string(String s) throws CanonicalizationException {
        int n = s.length();
        if (scratch.length < n * 3) {
            scratch = new byte[Math.max(n * 3, scratch.length * 2)];
        }
        byte[] b = scratch;
        int p = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    b[p++] = (byte) (0xF0 | (cp >> 18));
                    b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    throw fail(Reason.INVALID_STRING, String.format("lone surrogate \\u%04x in a string", (int) c),
                            "fix the text: a high surrogate must be followed by a low surrogate");
                }
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        TapeWriter.writeEscaped(b, 0, p, out);
    }

    private CanonicalizationException fail(Reason reason, String what, String todo) {
        StringBuilder sb = new StringBuilder();
        for (String seg : path) {
            sb.append('/').append(seg.replace("~", "~0").replace("/", "~1"));
        }
        String pointer = sb.toString();
        return new CanonicalizationException(reason, what + " at JSON Pointer \"" + pointer + "\"; " + todo, -1,
                pointer);
    }
}
