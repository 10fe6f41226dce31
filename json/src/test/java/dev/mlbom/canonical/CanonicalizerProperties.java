package dev.mlbom.canonical;

import dev.mlbom.jackson.JacksonTrees;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlbom.canonical.internal.EcmaNumbers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Canonical form is a fixed point and keeps the value of the document. */
class CanonicalizerProperties {

    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    /** JSON null in generated models (jqwik values are never null). */
    enum Null { NULL }

    /** A generated model and the seed for the random choices of its spelling. */
    record Doc(Object model, long seed) {
        String text() {
            StringBuilder sb = new StringBuilder();
            write(model, sb, new Random(seed));
            return sb.toString();
        }
    }

    @Property(tries = 200)
    void canonicalFormIsAFixedPoint(@ForAll("docs") Doc doc) throws Exception {
        byte[] canonical = Canonicalizer.strict().canonicalize(doc.text().getBytes(StandardCharsets.UTF_8));
        assertThat(Canonicalizer.strict().canonicalize(canonical)).isEqualTo(canonical);
    }

    @Property(tries = 200)
    void canonicalFormKeepsTheValue(@ForAll("docs") Doc doc) throws Exception {
        byte[] input = doc.text().getBytes(StandardCharsets.UTF_8);
        byte[] canonical = Canonicalizer.strict().canonicalize(input);
        assertThat(normalize(EXACT.readTree(canonical))).isEqualTo(normalize(EXACT.readTree(input)));
        assertThat(normalize(EXACT.readTree(canonical))).isEqualTo(normalizeModel(doc.model()));
    }

    @Property(tries = 200)
    void jacksonTreeGivesTheSameBytes(@ForAll("docs") Doc doc) throws Exception {
        byte[] input = doc.text().getBytes(StandardCharsets.UTF_8);
        assertThat(JacksonTrees.canonicalize(Canonicalizer.strict(), new ObjectMapper().readTree(input)))
                .isEqualTo(Canonicalizer.strict().canonicalize(input));
        assertThat(JacksonTrees.canonicalize(Canonicalizer.strict(), EXACT.readTree(input)))
                .isEqualTo(Canonicalizer.strict().canonicalize(input));
    }

    @Property(tries = 3000)
    void numbersRoundTripToTheSameDouble(@ForAll("anyDouble") double d) throws Exception {
        String text = EcmaNumbers.toString(d);
        assertThat(Double.parseDouble(text)).isEqualTo(d == 0 ? 0.0 : d);
        byte[] canonical = Canonicalizer.strict().canonicalize(spell(d, new Random(Double.doubleToLongBits(d)))
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(canonical, StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<Doc> docs() {
        return Combinators.combine(value(3), Arbitraries.longs()).as(Doc::new);
    }

    @Provide
    Arbitrary<Double> anyDouble() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
                Arbitraries.doubles(),
                Arbitraries.longs().between(-(1L << 60), 1L << 60).map(l -> (double) l),
                Arbitraries.integers().between(-330, 308).map(e -> Math.pow(10, e)).filter(Double::isFinite),
                Arbitraries.longs().between(0, 100_000).map(l -> Double.longBitsToDouble(l)));
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                text().map(s -> (Object) s),
                anyDouble().map(d -> (Object) d),
                Arbitraries.longs().between(-(1L << 53), 1L << 53).map(l -> (Object) l),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE, Null.NULL).map(o -> (Object) o));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> array = value(depth - 1).list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> object = Arbitraries.maps(text(), value(depth - 1)).ofMaxSize(5)
                .map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(2, array),
                net.jqwik.api.Tuple.of(2, object));
    }

    private Arbitrary<String> text() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0x20, 0x7e)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 0x1f)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of((int) '"', (int) '\\', (int) '/', 0x7f, 0xe9, 0x2028)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x80, 0xFFFF)
                        .filter(c -> c < 0xD800 || c > 0xDFFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)));
        return codePoint.list().ofMaxSize(8).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    // ------------------------------------------------------------------ spelling

    private static void write(Object v, StringBuilder sb, Random r) {
        space(sb, r);
        if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                space(sb, r);
                string((String) e.getKey(), sb, r);
                space(sb, r);
                sb.append(':');
                write(e.getValue(), sb, r);
            }
            space(sb, r);
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(l.get(i), sb, r);
            }
            space(sb, r);
            sb.append(']');
        } else if (v instanceof String s) {
            string(s, sb, r);
        } else if (v instanceof Double d) {
            sb.append(spell(d, r));
        } else if (v instanceof Long l) {
            sb.append(r.nextInt(4) == 0 ? l + ".000" : r.nextInt(4) == 0 ? l + "e0" : Long.toString(l));
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else {
            sb.append("null");
        }
        space(sb, r);
    }

    private static String spell(double d, Random r) {
        switch (r.nextInt(4)) {
            case 0:
                return Double.toString(d).replace("Infinity", "x");
            case 1:
                return new BigDecimal(d).toString().replace("E+", r.nextBoolean() ? "e+" : "E");
            case 2:
                return EcmaNumbers.toString(d);
            default:
                String s = new BigDecimal(d).stripTrailingZeros().toString();
                return s.contains("E") || s.contains(".") || d == 0 ? s : s + ".0e0";
        }
    }

    private static void space(StringBuilder sb, Random r) {
        if (r.nextInt(3) == 0) {
            sb.append(" \n\t\r".charAt(r.nextInt(4)));
        }
    }

    private static void string(String s, StringBuilder sb, Random r) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mustEscape = c < 0x20 || c == '"' || c == '\\';
            if (Character.isHighSurrogate(c)) {
                char low = s.charAt(++i);
                if (r.nextInt(3) == 0) {
                    sb.append(String.format("\\u%04x\\u%04X", (int) c, (int) low));
                } else {
                    sb.append(c).append(low);
                }
            } else if (mustEscape || r.nextInt(5) == 0) {
                switch (c) {
                    case '"' -> sb.append(r.nextBoolean() ? "\\\"" : "\\u0022");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '/' -> sb.append("\\/");
                    default -> sb.append(String.format(r.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
                }
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    // ------------------------------------------------------------------ values

    private static Object normalize(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> m = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), normalize(e.getValue()));
            }
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(normalize(x)));
            return l;
        }
        if (n.isNumber()) {
            double d = Double.parseDouble(n.numberValue().toString());
            return d == 0 ? 0.0 : d; // -0 and 0 are the same JSON value
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return Null.NULL;
    }

    private static Object normalizeModel(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, x) -> out.put((String) k, normalizeModel(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(normalizeModel(x)));
            return out;
        }
        if (v instanceof Double d) {
            return d == 0 ? 0.0 : d;
        }
        if (v instanceof Long l) {
            return l == 0 ? 0.0 : (double) l;
        }
        return v;
    }
}
