package dev.mlbom.canonical.internal;

import dev.mlbom.canonical.CanonicalizationException;
import dev.mlbom.canonical.CanonicalizationException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strict RFC 8259 parser over UTF-8 bytes that builds a {@link Tape}: validates the syntax, the
 * UTF-8 encoding and every escape by hand, reads numbers exactly, rejects duplicate member names
 * and sorts each object's members by UTF-16 code units as RFC 8785 requires.
 *
 * <p>Not thread-safe: one instance parses one document.
 */
final class TapeParser {

    private static final byte PLAIN = 0;
    private static final byte QUOTE = 1;
    private static final byte BACKSLASH = 2;
    private static final byte CONTROL = 3;
    private static final byte NON_ASCII = 4;
    private static final byte[] STRING_CLASS = new byte[256];
    private static final double[] POW10 = new double[23];
    private static final long TWO_POW_53 = 1L << 53;

    static {
        for (int i = 0; i < 0x20; i++) {
            STRING_CLASS[i] = CONTROL;
        }
        STRING_CLASS['"'] = QUOTE;
        STRING_CLASS['\\'] = BACKSLASH;
        for (int i = 0x80; i < 0x100; i++) {
            STRING_CLASS[i] = NON_ASCII;
        }
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final byte[] in;
    private final int end;
    private final int maxDepth;
    private int pos;

    private long[] tape;
    private int tn;
    private int[] order;
    private int on;
    private byte[] side;
    private int sn;
    /** Pending object members: (name entry index << 32) | input offset of the name. */
    private long[] members;
    private int mn;
    private long[] sortTmp = new long[16];
    /** Path for error messages: per depth, the name entry index (>= 0), or -(index + 1) in an array, or NONE. */
    private int[] path;
    /** Per depth: entry index of the open container, its member base or element count, and its kind. */
    private int[] frameSelf;
    private int[] frameCount;
    private boolean[] frameIsObject;
    private int depth;
    private static final int NONE = Integer.MIN_VALUE;

    private TapeParser(byte[] in, int maxDepth) {
        this.in = in;
        this.end = in.length;
        this.maxDepth = maxDepth;
        this.tape = new long[Math.max(16, Math.min(in.length / 6, 1 << 20))];
        this.order = new int[Math.max(16, Math.min(in.length / 16, 1 << 18))];
        this.side = new byte[64];
        this.members = new long[64];
        int frames = Math.min(maxDepth, 64) + 2;
        this.path = new int[frames];
        this.frameSelf = new int[frames];
        this.frameCount = new int[frames];
        this.frameIsObject = new boolean[frames];
    }

    /**
     * Parses a complete document.
     *
     * @param json the UTF-8 document (not copied; must not change during the call)
     * @param maxDepth the maximum nesting of arrays and objects
     * @return the parsed tape
     * @throws CanonicalizationException if the document is rejected
     */
    static Tape parse(byte[] json, int maxDepth) throws CanonicalizationException {
        TapeParser p = new TapeParser(json, maxDepth);
        p.document();
        return new Tape(json, p.tape, p.order, p.side);
    }

    private void document() throws CanonicalizationException {
        if (end >= 3 && (in[0] & 0xff) == 0xEF && (in[1] & 0xff) == 0xBB && (in[2] & 0xff) == 0xBF) {
            throw fail(Reason.INVALID_JSON, "the document starts with a UTF-8 byte order mark", 0,
                    "remove the byte order mark; RFC 8785 input is plain UTF-8");
        }
        skipWhitespace();
        if (pos >= end) {
            throw fail(Reason.INVALID_JSON, "the document is empty", pos, "supply one JSON value");
        }
        value();
        skipWhitespace();
        if (pos < end) {
            throw fail(Reason.INVALID_JSON, "unexpected data after the JSON value (" + describe(pos) + ")", pos,
                    "a document holds exactly one JSON value; remove the trailing data");
        }
    }

    /** Parses one value (of any nesting) without recursion: containers live on an explicit stack. */
    private void value() throws CanonicalizationException {
        while (true) {
            // a value starts at pos (whitespace skipped)
            if (pos >= end) {
                throw unexpectedEnd();
            }
            byte b = in[pos];
            if (b == '{') {
                enter(true);
                pos++;
                skipWhitespace();
                if (pos < end && in[pos] == '}') {
                    pos++;
                    closeObject();
                } else {
                    memberName();
                    continue;
                }
            } else if (b == '[') {
                enter(false);
                pos++;
                skipWhitespace();
                if (pos < end && in[pos] == ']') {
                    pos++;
                    closeArray();
                } else {
                    path[depth] = -1;
                    continue;
                }
            } else {
                scalar(b);
            }
            // after a value: close containers as they end, or find the start of the next value
            while (true) {
                if (depth == 0) {
                    return;
                }
                skipWhitespace();
                if (pos >= end) {
                    throw unexpectedEnd();
                }
                byte c = in[pos++];
                if (frameIsObject[depth]) {
                    if (c == ',') {
                        memberName();
                        break;
                    } else if (c == '}') {
                        closeObject();
                    } else {
                        throw fail(Reason.INVALID_JSON, "expected ',' or '}' but found " + describe(pos - 1),
                                pos - 1, "fix the JSON syntax");
                    }
                } else {
                    int count = ++frameCount[depth];
                    if (c == ',') {
                        path[depth] = -(count + 1);
                        skipWhitespace();
                        if (pos < end && in[pos] == ']') {
                            throw fail(Reason.INVALID_JSON, "trailing comma before ']'", pos,
                                    "remove the comma after the last element");
                        }
                        break;
                    } else if (c == ']') {
                        closeArray();
                    } else {
                        throw fail(Reason.INVALID_JSON, "expected ',' or ']' but found " + describe(pos - 1),
                                pos - 1, "fix the JSON syntax");
                    }
                }
            }
            skipWhitespace();
        }
    }

    private void scalar(byte b) throws CanonicalizationException {
        switch (b) {
            case '"':
                string();
                break;
            case 't':
                literal("true", Tape.TRUE);
                break;
            case 'f':
                literal("false", Tape.FALSE);
                break;
            case 'n':
                literal("null", Tape.NULL);
                break;
            case '-': case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                number();
                break;
            case 'N':
            case 'I':
                throw fail(Reason.INVALID_JSON, "NaN and Infinity are not JSON numbers", pos,
                        "write a finite number, or null, or a string");
            default:
                throw fail(Reason.INVALID_JSON, "expected a JSON value but found " + describe(pos), pos,
                        "fix the JSON syntax");
        }
    }

    /** Reads a member name and its colon; pos is then at the member's value. */
    private void memberName() throws CanonicalizationException {
        path[depth] = NONE;
        skipWhitespace();
        if (pos >= end) {
            throw unexpectedEnd();
        }
        if (in[pos] != '"') {
            if (in[pos] == '}' && mn > frameCount[depth]) {
                throw fail(Reason.INVALID_JSON, "trailing comma before '}'", pos,
                        "remove the comma after the last member");
            }
            throw fail(Reason.INVALID_JSON, "expected a member name (a string) but found " + describe(pos),
                    pos, "fix the JSON syntax; member names are double-quoted strings");
        }
        int nameOffset = pos;
        int nameEntry = tn;
        string();
        if (mn == members.length) {
            members = Arrays.copyOf(members, mn * 2);
        }
        members[mn++] = ((long) nameEntry << 32) | nameOffset;
        path[depth] = nameEntry;
        skipWhitespace();
        if (pos >= end) {
            throw unexpectedEnd();
        }
        if (in[pos] != ':') {
            throw fail(Reason.INVALID_JSON, "expected ':' after the member name but found " + describe(pos),
                    pos, "fix the JSON syntax");
        }
        pos++;
        skipWhitespace();
    }

    private void closeObject() throws CanonicalizationException {
        int base = frameCount[depth];
        int count = mn - base;
        sortMembers(base, count);
        ensureOrder(count + 2);
        int index = on;
        order[on++] = tn;
        order[on++] = count;
        for (int i = base; i < mn; i++) {
            order[on++] = (int) (members[i] >>> 32);
        }
        mn = base;
        tape[frameSelf[depth]] = Tape.entry(Tape.OBJECT, index);
        depth--;
    }

    private void closeArray() {
        tape[frameSelf[depth]] = Tape.entry(Tape.ARRAY, frameCount[depth]);
        depth--;
    }

    /** Opens a container at pos: checks the depth and pushes a frame. */
    private void enter(boolean object) throws CanonicalizationException {
        if (depth >= maxDepth) {
            throw fail(Reason.TOO_DEEP, "arrays and objects are nested deeper than the limit of " + maxDepth, pos,
                    "flatten the document, or raise the limit with Canonicalizer.builder().maxDepth(...)");
        }
        depth++;
        if (depth >= path.length) {
            int n = Math.min(path.length * 2, maxDepth + 2);
            path = Arrays.copyOf(path, n);
            frameSelf = Arrays.copyOf(frameSelf, n);
            frameCount = Arrays.copyOf(frameCount, n);
            frameIsObject = Arrays.copyOf(frameIsObject, n);
        }
        path[depth] = NONE;
        frameSelf[depth] = add(0);
        frameIsObject[depth] = object;
        // objects: base index of their pending members; arrays: elements seen so far
        frameCount[depth] = object ? mn : 0;
    }

    private void literal(String word, int tag) throws CanonicalizationException {
        int n = word.length();
        if (end - pos < n) {
            throw fail(Reason.INVALID_JSON, "expected '" + word + "' but the document ends", pos, "fix the JSON syntax");
        }
        for (int i = 0; i < n; i++) {
            if (in[pos + i] != word.charAt(i)) {
                throw fail(Reason.INVALID_JSON, "expected '" + word + "' but found " + describe(pos + i), pos + i,
                        "fix the JSON syntax; literals are lower-case true, false and null");
            }
        }
        pos += n;
        add(Tape.entry(tag, 0));
    }

    // ---------------------------------------------------------------- strings

    private void string() throws CanonicalizationException {
        int start = ++pos;
        byte[] b = in;
        int p = start;
        while (true) {
            while (p < end && STRING_CLASS[b[p] & 0xff] == PLAIN) {
                p++;
            }
            if (p >= end) {
                throw fail(Reason.INVALID_JSON, "unterminated string", start - 1, "close the string with '\"'");
            }
            byte cls = STRING_CLASS[b[p] & 0xff];
            if (cls == QUOTE) {
                add(Tape.string(Tape.STRING_INPUT, start, p - start));
                pos = p + 1;
                return;
            } else if (cls == NON_ASCII) {
                p = utf8(p);
            } else if (cls == CONTROL) {
                throw controlCharacter(p);
            } else {
                pos = p;
                escapedString(start);
                return;
            }
        }
    }

    /** Continues a string that has escapes: its content goes, unescaped, to the side buffer. */
    private void escapedString(int start) throws CanonicalizationException {
        int sideStart = sn;
        appendSide(in, start, pos - start);
        byte[] b = in;
        int p = pos;
        while (true) {
            int runStart = p;
            while (p < end && STRING_CLASS[b[p] & 0xff] == PLAIN) {
                p++;
            }
            if (p >= end) {
                throw fail(Reason.INVALID_JSON, "unterminated string", start - 1, "close the string with '\"'");
            }
            byte cls = STRING_CLASS[b[p] & 0xff];
            if (cls == NON_ASCII) {
                p = utf8(p);
                appendSide(b, runStart, p - runStart);
                continue;
            }
            appendSide(b, runStart, p - runStart);
            if (cls == QUOTE) {
                add(Tape.string(Tape.STRING_SIDE, sideStart, sn - sideStart));
                pos = p + 1;
                return;
            }
            if (cls == CONTROL) {
                throw controlCharacter(p);
            }
            p = escape(p);
        }
    }

    /** Decodes the escape at p (a backslash) into the side buffer; returns the position after it. */
    private int escape(int p) throws CanonicalizationException {
        if (p + 1 >= end) {
            throw fail(Reason.INVALID_JSON, "unterminated escape sequence", p, "fix the JSON syntax");
        }
        byte c = in[p + 1];
        switch (c) {
            case '"': appendSide((byte) '"'); return p + 2;
            case '\\': appendSide((byte) '\\'); return p + 2;
            case '/': appendSide((byte) '/'); return p + 2;
            case 'b': appendSide((byte) '\b'); return p + 2;
            case 'f': appendSide((byte) '\f'); return p + 2;
            case 'n': appendSide((byte) '\n'); return p + 2;
            case 'r': appendSide((byte) '\r'); return p + 2;
            case 't': appendSide((byte) '\t'); return p + 2;
            case 'u':
                break;
            default:
                throw fail(Reason.INVALID_JSON, "invalid escape sequence '\\" + printable(c) + "'", p,
                        "use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
        int cu = hex4(p);
        int next = p + 6;
        int cp = cu;
        if (cu >= 0xD800 && cu <= 0xDBFF) {
            if (next + 1 < end && in[next] == '\\' && in[next + 1] == 'u') {
                int low = hex4(next);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cu - 0xD800) << 10) + (low - 0xDC00);
                    next += 6;
                } else {
                    throw loneSurrogate(p, cu);
                }
            } else {
                throw loneSurrogate(p, cu);
            }
        } else if (cu >= 0xDC00 && cu <= 0xDFFF) {
            throw loneSurrogate(p, cu);
        }
        appendCodePoint(cp);
        return next;
    }

    private int hex4(int p) throws CanonicalizationException {
        if (p + 6 > end) {
            throw fail(Reason.INVALID_JSON, "truncated \\u escape", p, "write exactly four hex digits after \\u");
        }
        int v = 0;
        for (int i = p + 2; i < p + 6; i++) {
            int d = Character.digit(in[i], 16);
            if (d < 0 || in[i] < 0) {
                throw fail(Reason.INVALID_JSON, "invalid hex digit " + describe(i) + " in a \\u escape", i,
                        "write exactly four hex digits after \\u");
            }
            v = (v << 4) | d;
        }
        return v;
    }

    /** Validates one UTF-8 sequence starting at p (a byte >= 0x80); returns the position after it. */
    private int utf8(int p) throws CanonicalizationException {
        int b0 = in[p] & 0xff;
        int need;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            if (b0 == 0xE0) {
                min2 = 0xA0; // overlong
            } else if (b0 == 0xED) {
                max2 = 0x9F; // U+D800..U+DFFF encoded in UTF-8
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            if (b0 == 0xF0) {
                min2 = 0x90; // overlong
            } else if (b0 == 0xF4) {
                max2 = 0x8F; // above U+10FFFF
            }
        } else {
            throw invalidUtf8(p, b0 >= 0x80 && b0 <= 0xBF ? "unexpected continuation byte"
                    : b0 == 0xC0 || b0 == 0xC1 ? "overlong encoding" : "invalid lead byte");
        }
        if (p + need >= end) {
            throw invalidUtf8(p, "truncated sequence");
        }
        int b1 = in[p + 1] & 0xff;
        if (b1 < min2 || b1 > max2) {
            throw invalidUtf8(p, b1 < 0x80 || b1 > 0xBF ? "truncated sequence"
                    : b0 == 0xED ? "a surrogate (U+D800..U+DFFF) encoded in UTF-8"
                    : b0 == 0xF4 ? "a code point above U+10FFFF" : "overlong encoding");
        }
        for (int i = 2; i <= need; i++) {
            int bi = in[p + i] & 0xff;
            if (bi < 0x80 || bi > 0xBF) {
                throw invalidUtf8(p, "truncated sequence");
            }
        }
        return p + need + 1;
    }

    // ---------------------------------------------------------------- numbers

    private void number() throws CanonicalizationException {
        int start = pos;
        int p = pos;
        boolean negative = false;
        if (in[p] == '-') {
            negative = true;
            p++;
        }
        if (p >= end || in[p] < '0' || in[p] > '9') {
            if (p < end && in[p] == 'I') {
                throw fail(Reason.INVALID_JSON, "NaN and Infinity are not JSON numbers", start,
                        "write a finite number, or null, or a string");
            }
            throw fail(Reason.INVALID_JSON, "expected a digit in a number but found " + describe(p), p,
                    "fix the number syntax");
        }
        long mantissa = 0;
        int digits = 0; // significant digits in mantissa (leading zeros not counted)
        int dropped = 0; // integer digits not kept in the mantissa (beyond 18)
        boolean truncated = false; // whether a non-zero digit was not kept
        if (in[p] == '0') {
            p++;
            if (p < end && in[p] >= '0' && in[p] <= '9') {
                throw fail(Reason.INVALID_JSON, "number with a leading zero", start,
                        "write the number without leading zeros (e.g. 7, not 07)");
            }
        } else {
            while (p < end && in[p] >= '0' && in[p] <= '9') {
                if (digits < 18) {
                    mantissa = mantissa * 10 + (in[p] - '0');
                    digits++;
                } else {
                    dropped++;
                    truncated |= in[p] != '0';
                }
                p++;
            }
        }
        int scale = dropped;
        boolean plain = true;
        if (p < end && in[p] == '.') {
            plain = false;
            p++;
            int fracStart = p;
            while (p < end && in[p] >= '0' && in[p] <= '9') {
                if (digits < 18) {
                    int d = in[p] - '0';
                    mantissa = mantissa * 10 + d;
                    if (mantissa != 0) {
                        digits++;
                    }
                    scale--;
                } else if (in[p] != '0') {
                    truncated = true;
                }
                p++;
            }
            if (p == fracStart) {
                throw fail(Reason.INVALID_JSON, "a number needs digits after the decimal point", p,
                        "write e.g. 1.0 or 1, not 1.");
            }
        }
        if (p < end && (in[p] == 'e' || in[p] == 'E')) {
            plain = false;
            p++;
            boolean expNegative = false;
            if (p < end && (in[p] == '+' || in[p] == '-')) {
                expNegative = in[p] == '-';
                p++;
            }
            int expStart = p;
            int exp = 0;
            while (p < end && in[p] >= '0' && in[p] <= '9') {
                if (exp < 100_000) {
                    exp = exp * 10 + (in[p] - '0');
                }
                p++;
            }
            if (p == expStart) {
                throw fail(Reason.INVALID_JSON, "a number needs digits in its exponent", p,
                        "write e.g. 1e5, not 1e");
            }
            scale += expNegative ? -exp : exp;
        }
        pos = p;
        if (plain && !truncated && mantissa <= TWO_POW_53 && scale == 0) {
            add(Tape.entry(Tape.INT, negative ? -mantissa : mantissa));
            return;
        }
        double v;
        if (mantissa == 0) {
            v = 0; // "-0.0", "0e5": RFC 8785 writes both as 0
        } else if (!truncated && mantissa <= TWO_POW_53 && scale >= -22 && scale <= 22) {
            // both operands exact, so one correctly rounded operation gives the correctly rounded value
            v = scale >= 0 ? mantissa * POW10[scale] : mantissa / POW10[-scale];
        } else {
            long bits = DecimalToDouble.toBits(mantissa, scale);
            if (truncated && bits != DecimalToDouble.UNDECIDED && bits != DecimalToDouble.toBits(mantissa + 1, scale)) {
                // more digits than kept: the value lies between m and m + 1 units; decided if both read alike
                bits = DecimalToDouble.UNDECIDED;
            }
            if (bits != DecimalToDouble.UNDECIDED) {
                v = Double.longBitsToDouble(bits);
            } else {
                v = Double.parseDouble(new String(in, start, p - start, StandardCharsets.ISO_8859_1));
                if (Double.isInfinite(v)) {
                    throw fail(Reason.NUMBER_OUT_OF_RANGE, "the number " + excerpt(start, p)
                            + " is outside the IEEE-754 double range", start,
                            "RFC 8785 numbers must be finite doubles (magnitude below 1.8e308); write large values as strings");
                }
                v = Math.abs(v);
            }
        }
        if (negative) {
            v = -v;
        }
        if (v == 0) {
            add(Tape.entry(Tape.INT, 0));
        } else if (Math.abs(v) < TWO_POW_53 && v == Math.rint(v)) {
            add(Tape.entry(Tape.INT, (long) v));
        } else {
            add(Tape.entry(Tape.DOUBLE, 0));
            add(Double.doubleToRawLongBits(v));
        }
    }

    // ---------------------------------------------------------------- members

    private void sortMembers(int base, int count) throws CanonicalizationException {
        if (count < 2) {
            return;
        }
        boolean sorted = true;
        for (int i = base + 1; i < base + count; i++) {
            if (compareNames(members[i - 1], members[i]) >= 0) {
                sorted = false;
                break;
            }
        }
        if (!sorted) {
            if (sortTmp.length < count) {
                sortTmp = new long[Math.max(count, sortTmp.length * 2)];
            }
            mergeSort(members, base, base + count, sortTmp);
            for (int i = base + 1; i < base + count; i++) {
                if (compareNames(members[i - 1], members[i]) == 0) {
                    long later = Math.max((int) members[i - 1], (int) members[i]) == (int) members[i]
                            ? members[i] : members[i - 1];
                    int name = (int) (later >>> 32);
                    path[depth] = name;
                    throw fail(Reason.DUPLICATE_KEY, "duplicate member name \"" + nameText(name) + "\"",
                            (int) later, "remove or rename one of the members with this name");
                }
            }
        }
    }

    private void mergeSort(long[] a, int from, int to, long[] tmp) {
        int n = to - from;
        if (n <= 12) {
            for (int i = from + 1; i < to; i++) {
                long x = a[i];
                int j = i - 1;
                while (j >= from && compareNames(a[j], x) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, from, mid, tmp);
        mergeSort(a, mid, to, tmp);
        if (compareNames(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, 0, n);
        int i = 0;
        int j = mid - from;
        int k = from;
        while (i < mid - from && j < n) {
            a[k++] = compareNames(tmp[i], tmp[j]) <= 0 ? tmp[i++] : tmp[j++];
        }
        while (i < mid - from) {
            a[k++] = tmp[i++];
        }
        while (j < n) {
            a[k++] = tmp[j++];
        }
    }

    /** Compares two member names (packed members) by UTF-16 code units. */
    private int compareNames(long memberA, long memberB) {
        long ea = tape[(int) (memberA >>> 32)];
        long eb = tape[(int) (memberB >>> 32)];
        byte[] ba = Tape.tag(ea) == Tape.STRING_INPUT ? in : side;
        byte[] bb = Tape.tag(eb) == Tape.STRING_INPUT ? in : side;
        return Utf8Order.compare(ba, Tape.stringOffset(ea), Tape.stringLength(ea),
                bb, Tape.stringOffset(eb), Tape.stringLength(eb));
    }

    // ---------------------------------------------------------------- buffers

    private int add(long entry) {
        if (tn == tape.length) {
            tape = Arrays.copyOf(tape, grow(tape.length));
        }
        tape[tn] = entry;
        return tn++;
    }

    private void ensureOrder(int n) {
        if (on + n > order.length) {
            order = Arrays.copyOf(order, Math.max(on + n, grow(order.length)));
        }
    }

    private void appendSide(byte b) {
        if (sn == side.length) {
            side = Arrays.copyOf(side, grow(side.length));
        }
        side[sn++] = b;
    }

    private void appendSide(byte[] src, int from, int len) {
        if (sn + len > side.length) {
            side = Arrays.copyOf(side, Math.max(sn + len, grow(side.length)));
        }
        System.arraycopy(src, from, side, sn, len);
        sn += len;
    }

    private void appendCodePoint(int cp) {
        if (cp < 0x80) {
            appendSide((byte) cp);
        } else if (cp < 0x800) {
            appendSide((byte) (0xC0 | (cp >> 6)));
            appendSide((byte) (0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            appendSide((byte) (0xE0 | (cp >> 12)));
            appendSide((byte) (0x80 | ((cp >> 6) & 0x3F)));
            appendSide((byte) (0x80 | (cp & 0x3F)));
        } else {
            appendSide((byte) (0xF0 | (cp >> 18)));
            appendSide((byte) (0x80 | ((cp >> 12) & 0x3F)));
            appendSide((byte) (0x80 | ((cp >> 6) & 0x3F)));
            appendSide((byte) (0x80 | (cp & 0x3F)));
        }
    }

    private static int grow(int n) {
        long g = (long) n + (n >> 1) + 16;
        return (int) Math.min(g, Integer.MAX_VALUE - 16);
    }

    private void skipWhitespace() {
        int p = pos;
        while (p < end) {
            byte b = in[p];
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                p++;
            } else {
                break;
            }
        }
        pos = p;
    }

    // ---------------------------------------------------------------- errors

    private CanonicalizationException unexpectedEnd() {
        return fail(Reason.INVALID_JSON, "the document ends in the middle of a value", end,
                "the document is truncated; supply the complete JSON text");
    }

    private CanonicalizationException controlCharacter(int p) {
        return fail(Reason.INVALID_STRING, String.format("unescaped control character U+%04X in a string", in[p]), p,
                "escape control characters (e.g. \\n, \\t, \\u001f)");
    }

    private CanonicalizationException loneSurrogate(int p, int cu) {
        return fail(Reason.INVALID_STRING, String.format("lone surrogate \\u%04x in a string", cu), p,
                "a \\uD800-\\uDBFF escape must be followed by a \\uDC00-\\uDFFF escape; fix the text encoding");
    }

    private CanonicalizationException invalidUtf8(int p, String what) {
        return fail(Reason.INVALID_STRING, "invalid UTF-8 (" + what + ", byte 0x"
                + Integer.toHexString(in[p] & 0xff) + ") in a string", p, "encode the document as UTF-8");
    }

    private CanonicalizationException fail(Reason reason, String what, int offset, String todo) {
        String pointer = pointer();
        return new CanonicalizationException(reason, what + " at byte offset " + offset + " (JSON Pointer \""
                + pointer + "\"); " + todo, offset, pointer);
    }

    private String pointer() {
        StringBuilder sb = new StringBuilder();
        for (int d = 1; d <= depth && d < path.length; d++) {
            int seg = path[d];
            if (seg == NONE) {
                break;
            }
            sb.append('/');
            if (seg < 0) {
                sb.append(-(seg + 1));
            } else {
                sb.append(nameText(seg).replace("~", "~0").replace("/", "~1"));
            }
        }
        return sb.toString();
    }

    private String nameText(int entryIndex) {
        long e = tape[entryIndex];
        byte[] b = Tape.tag(e) == Tape.STRING_INPUT ? in : side;
        return new String(b, Tape.stringOffset(e), Tape.stringLength(e), StandardCharsets.UTF_8);
    }

    private String describe(int p) {
        if (p >= end) {
            return "the end of the document";
        }
        int b = in[p] & 0xff;
        if (b >= 0x20 && b < 0x7f) {
            return "'" + (char) b + "'";
        }
        return String.format("byte 0x%02x", b);
    }

    private String excerpt(int from, int to) {
        int len = Math.min(to - from, 40);
        return new String(in, from, len, StandardCharsets.ISO_8859_1) + (to - from > 40 ? "..." : "");
    }

    private static String printable(byte c) {
        return c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("x%02x", c & 0xff);
    }
}
