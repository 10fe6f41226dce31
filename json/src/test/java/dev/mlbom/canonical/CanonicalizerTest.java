package dev.mlbom.canonical;

import dev.mlbom.jackson.JacksonTrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonical output for accepted documents, for bytes and for Jackson trees. */
class CanonicalizerTest {

    private static String canon(String json) throws CanonicalizationException {
        return new String(Canonicalizer.strict().canonicalize(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void removesWhitespaceAndSortsMembers() throws Exception {
        assertThat(canon(" {\n \"b\" : [ 1 , 2 ] ,\t\"a\" : { \"d\" : null , \"c\" : true } , \"\" : false }\r\n"))
                .isEqualTo("{\"\":false,\"a\":{\"c\":true,\"d\":null},\"b\":[1,2]}");
    }

    @Test
    void sortsByUtf16CodeUnitsNotCodePoints() throws Exception {
        // U+1F600 (surrogates D83D DE00) sorts before U+E000 and U+FFFD in UTF-16, after them in code point order
        String json = "{\"\uFFFD\":3,\"\uE000\":2,\"\uD83D\uDE00\":1,\"z\":0,\"\u00e9\":4}";
        assertThat(canon(json)).isEqualTo("{\"z\":0,\"\u00e9\":4,\"\uD83D\uDE00\":1,\"\uE000\":2,\"\uFFFD\":3}");
    }

    @Test
    void sortsEscapedAndPlainNamesTogether() throws Exception {
        assertThat(canon("{\"b\":1,\"\\u0061\":2,\"a\\u0000\":3,\"\\ud83d\\ude00\":4,\"\\ue000\":5}"))
                .isEqualTo("{\"a\":2,\"a\\u0000\":3,\"b\":1,\"\uD83D\uDE00\":4,\"\uE000\":5}");
    }

    @Test
    void prefixSortsFirst() throws Exception {
        assertThat(canon("{\"ab\":1,\"a\":2,\"abc\":3}")).isEqualTo("{\"a\":2,\"ab\":1,\"abc\":3}");
    }

    @Test
    void minimalStringEscapes() throws Exception {
        assertThat(canon("[\"\\u0022\\u005c\\/\\b\\f\\n\\r\\t\\u0001\\u001F\\u007f\\u00e9\\u2028\\uD834\\uDD1E <>&'\"]"))
                .isEqualTo("[\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\u007f\u00e9\u2028\uD834\uDD1E <>&'\"]");
    }

    @Test
    void rawNonAsciiIsKept() throws Exception {
        String s = "[\"\u4e2d\u6587 \uD83D\uDE80 caf\u00e9 \u0416\"]";
        assertThat(canon(s)).isEqualTo(s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 0",
        "-0 | 0",
        "-0.0 | 0",
        "0e10 | 0",
        "1.0 | 1",
        "1E2 | 100",
        "1e+2 | 100",
        "-1.5e-3 | -0.0015",
        "1e-6 | 0.000001",
        "1e-7 | 1e-7",
        "123456789012345678901 | 123456789012345680000",
        "1e21 | 1e+21",
        "1e20 | 100000000000000000000",
        "9007199254740993 | 9007199254740992",
        "9007199254740992 | 9007199254740992",
        "-9007199254740991 | -9007199254740991",
        "0.1 | 0.1",
        "0.30000000000000004 | 0.30000000000000004",
        "4.9e-324 | 5e-324",
        "1e-400 | 0",
        "1.7976931348623157e308 | 1.7976931348623157e+308",
        "2.2250738585072014E-308 | 2.2250738585072014e-308",
        "100000000000000000000000000000000000000000000000000000000000000000000000000000000 | 1e+80",
        "0.000000000000000000000000000000000000000000000000000000000000000001 | 1e-66",
        "333333333.33333329 | 333333333.3333333",
        "1.00000000000000011102230246251565404236316680908203125 | 1",
        "1.00000000000000011102230246251565404236316680908203126 | 1.0000000000000002",
        "123.456e-2 | 1.23456",
        "5e-7 | 5e-7",
        "0.00001 | 0.00001",
    })
    void numbers(String in, String expected) throws Exception {
        assertThat(canon("[" + in + "]")).isEqualTo("[" + expected + "]");
        assertThat(canon(in)).isEqualTo(expected);
    }

    @Test
    void literalsAndEmptyContainers() throws Exception {
        assertThat(canon("[true,false,null,{},[],\"\"]")).isEqualTo("[true,false,null,{},[],\"\"]");
        assertThat(canon("\"top\"")).isEqualTo("\"top\"");
    }

    @Test
    void outputIsAFreshArrayAndInputUntouched() throws Exception {
        byte[] in = "{\"b\":1,\"a\":2}".getBytes(StandardCharsets.US_ASCII);
        byte[] copy = in.clone();
        byte[] out = Canonicalizer.strict().canonicalize(in);
        assertThat(in).isEqualTo(copy);
        assertThat(out).isNotSameAs(in);
    }

    @Test
    void streamsGiveTheSameBytes() throws Exception {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            sb.append("{\"z\":").append(i * 0.1).append(",\"a\":\"").append("x\\n\u00e9".repeat(i % 7)).append("\"},");
        }
        sb.append("\"").append("long ".repeat(30_000)).append("\"]");
        byte[] json = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] expected = Canonicalizer.strict().canonicalize(json);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.strict().canonicalize(json, out);
        assertThat(out.toByteArray()).isEqualTo(expected);
        assertThat(Canonicalizer.strict().canonicalize(new ByteArrayInputStream(json))).isEqualTo(expected);
    }

    @Test
    void streamFailureIsAnIOException() {
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }
        };
        assertThatThrownBy(() -> Canonicalizer.strict().canonicalize("[1]".getBytes(StandardCharsets.US_ASCII), broken))
                .isInstanceOf(java.io.IOException.class).hasMessage("disk full");
    }

    @Test
    void sha256IdOfCanonicalBytes() throws Exception {
        assertThat(Canonicalizer.sha256Id(new byte[0]))
                .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        byte[] c = Canonicalizer.strict().canonicalize("{ \"b\": 2, \"a\": 1 }".getBytes(StandardCharsets.US_ASCII));
        byte[] d = Canonicalizer.strict().canonicalize("{\"a\":1.0,\"b\":2e0}".getBytes(StandardCharsets.US_ASCII));
        assertThat(Canonicalizer.sha256Id(c)).isEqualTo(Canonicalizer.sha256Id(d)).startsWith("sha256:").hasSize(71);
    }

    @Test
    void builderDefaultsAndValidation() {
        assertThat(Canonicalizer.strict().maxBytes()).isEqualTo(64 * 1024 * 1024);
        assertThat(Canonicalizer.strict().maxDepth()).isEqualTo(1000);
        Canonicalizer c = Canonicalizer.builder().maxBytes(100).maxDepth(2).build();
        assertThat(c.maxBytes()).isEqualTo(100);
        assertThat(c.maxDepth()).isEqualTo(2);
        assertThatThrownBy(() -> Canonicalizer.builder().maxDepth(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Canonicalizer.builder().maxDepth(5000).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Canonicalizer.builder().maxBytes(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Canonicalizer.builder().maxBytes(Integer.MAX_VALUE).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maximumDepthCeilingWorks() throws Exception {
        Canonicalizer c = Canonicalizer.builder().maxDepth(Canonicalizer.MAX_DEPTH_CEILING).build();
        int n = Canonicalizer.MAX_DEPTH_CEILING;
        String doc = "{\"a\":[".repeat(n / 2) + "]}".repeat(n / 2);
        assertThat(c.canonicalize(doc.getBytes(StandardCharsets.US_ASCII))).hasSize(doc.length());
        // Jackson itself reads at most depth 1000, so build the deep tree by hand
        com.fasterxml.jackson.databind.node.ObjectNode root = JsonNodeFactory.instance.objectNode();
        com.fasterxml.jackson.databind.node.ObjectNode o = root;
        for (int i = 0; i < n / 2; i++) {
            ArrayNode a = o.putArray("a");
            if (i < n / 2 - 1) {
                o = a.addObject();
            }
        }
        assertThat(JacksonTrees.canonicalize(c, root)).hasSize(doc.length());
    }

    // ------------------------------------------------------------------ Jackson trees

    @Test
    void treeGivesTheSameBytesAsTheText() throws Exception {
        String json = "{\"b\":[1,2.5,-0.0,1e21,1E-7,12345678901234567890,0.1],\"a\":{\"\u00e9\":\"x\\ny\",\"\uD83D\uDE00\":null,"
                + "\"\uE000\":true},\"c\":\"\\u0000\"}";
        ObjectMapper mapper = new ObjectMapper();
        assertThat(JacksonTrees.canonicalize(Canonicalizer.strict(), mapper.readTree(json)))
                .isEqualTo(Canonicalizer.strict().canonicalize(json.getBytes(StandardCharsets.UTF_8)));
        ObjectMapper exact = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
        assertThat(JacksonTrees.canonicalize(Canonicalizer.strict(), exact.readTree(json)))
                .isEqualTo(Canonicalizer.strict().canonicalize(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void treeNumberNodesConvertExactly() throws Exception {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode a = f.arrayNode()
                .add(f.numberNode((short) -7))
                .add(f.numberNode(42))
                .add(f.numberNode(Long.MAX_VALUE))
                .add(f.numberNode(9007199254740993L))
                .add(f.numberNode(new BigInteger("123456789012345678901234567890")))
                .add(f.numberNode(new BigDecimal("0.1000000000000000055511151231257827")))
                .add(f.numberNode(new BigDecimal("1E+2")))
                .add(f.numberNode(0.1f))
                .add(f.numberNode(-0.0d))
                .add(f.numberNode(1e-7));
        assertThat(new String(JacksonTrees.canonicalize(Canonicalizer.strict(), a), StandardCharsets.US_ASCII))
                .isEqualTo("[-7,42,9223372036854776000,9007199254740992,1.2345678901234568e+29,0.1,100,"
                        + "0.10000000149011612,0,1e-7]");
    }
}
