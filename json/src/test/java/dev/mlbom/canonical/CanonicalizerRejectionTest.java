package dev.mlbom.canonical;

import dev.mlbom.jackson.JacksonTrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.canonical.CanonicalizationException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rejection path, with its reason code and location. */
class CanonicalizerRejectionTest {

    private static CanonicalizationException reject(String json) {
        return reject(json.getBytes(StandardCharsets.UTF_8));
    }

    private static CanonicalizationException reject(byte[] json) {
        return reject(Canonicalizer.strict(), json);
    }

    private static CanonicalizationException reject(Canonicalizer c, byte[] json) {
        CanonicalizationException e = catchThrowableOfType(CanonicalizationException.class, () -> c.canonicalize(json));
        assertThat(e).as("rejection expected").isNotNull();
        assertThat(e.reasonCode()).isEqualTo(e.reason().name());
        return e;
    }

    private static void assertLocation(CanonicalizationException e, long offset, String pointer) {
        assertThat(e.byteOffset()).hasValue(offset);
        assertThat(e.jsonPointer()).hasValue(pointer);
        assertThat(e.getMessage()).contains("byte offset " + offset).contains("JSON Pointer \"" + pointer + "\"");
    }

    @Test
    void loneHighSurrogateEscape() {
        CanonicalizationException e = reject("{\"a\":[1,\"x\\ud800y\"]}");
        assertThat(e.reason()).isEqualTo(Reason.INVALID_STRING);
        assertLocation(e, 10, "/a/1");
        assertThat(e.getMessage()).contains("lone surrogate \\ud800");
    }

    @Test
    void loneHighSurrogateFollowedByNonLowEscape() {
        CanonicalizationException e = reject("[\"\\ud800\\u0041\"]");
        assertThat(e.reason()).isEqualTo(Reason.INVALID_STRING);
        assertLocation(e, 2, "/0");
    }

    @Test
    void loneLowSurrogateEscape() {
        CanonicalizationException e = reject("{\"k\":\"\\udc00\"}");
        assertThat(e.reason()).isEqualTo(Reason.INVALID_STRING);
        assertLocation(e, 6, "/k");
    }

    @Test
    void loneSurrogateInMemberName() {
        CanonicalizationException e = reject("{\"ok\":{\"\\ud83d\":1}}");
        assertThat(e.reason()).isEqualTo(Reason.INVALID_STRING);
        assertLocation(e, 8, "/ok");
    }

    @Test
    void duplicateKey() {
        CanonicalizationException e = reject("{\"a\":{\"b\":1,\"c\":2,\"b\":3}}");
        assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_KEY);
        assertLocation(e, 18, "/a/b");
        assertThat(e.getMessage()).contains("duplicate member name \"b\"");
    }

    @Test
    void duplicateKeyAfterUnescaping() {
        CanonicalizationException e = reject("{\"\\u0061\":1,\"a\":2}");
        assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_KEY);
        assertLocation(e, 12, "/a");
    }

    @Test
    void duplicateKeyInLargeObject() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            sb.append("\"k").append(99 - i).append("\":").append(i).append(',');
        }
        sb.append("\"k42\":0}");
        assertThat(reject(sb.toString()).reason()).isEqualTo(Reason.DUPLICATE_KEY);
    }

    @Test
    void leadingZero() {
        CanonicalizationException e = reject("{\"n\":0123}");
        assertThat(e.reason()).isEqualTo(Reason.INVALID_JSON);
        assertLocation(e, 5, "/n");
        assertThat(e.getMessage()).contains("leading zero");
    }

    @Test
    void trailingCommaInObject() {
        CanonicalizationException e = reject("{\"a\":1,}");
        assertThat(e.reason()).isEqualTo(Reason.INVALID_JSON);
        assertThat(e.byteOffset()).hasValue(7);
        assertThat(e.getMessage()).contains("trailing comma");
    }

    @Test
    void trailingCommaInArray() {
        CanonicalizationException e = reject("{\"a\":[1,2,]}");
        assertThat(e.reason()).isEqualTo(Reason.INVALID_JSON);
        assertLocation(e, 10, "/a/2");
        assertThat(e.getMessage()).contains("trailing comma");
    }

    @Test
    void bareNaN() {
        CanonicalizationException e = reject("{\"x\":NaN}");
        assertThat(e.reason()).isEqualTo(Reason.INVALID_JSON);
        assertLocation(e, 5, "/x");
        assertThat(e.getMessage()).contains("NaN");
    }

    @Test
    void bareInfinity() {
        assertThat(reject("[-Infinity]").reason()).isEqualTo(Reason.INVALID_JSON);
        assertThat(reject("Infinity").reason()).isEqualTo(Reason.INVALID_JSON);
    }

    @Test
    void numberOutOfRange() {
        CanonicalizationException e = reject("{\"big\":[1e400]}");
        assertThat(e.reason()).isEqualTo(Reason.NUMBER_OUT_OF_RANGE);
        assertLocation(e, 8, "/big/0");
        assertThat(e.getMessage()).contains("1e400");
        assertThat(reject("-1.8e308").reason()).isEqualTo(Reason.NUMBER_OUT_OF_RANGE);
        assertThat(reject("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792").reason())
                .isEqualTo(Reason.NUMBER_OUT_OF_RANGE);
    }

    @Test
    void tooDeep() {
        Canonicalizer c = Canonicalizer.builder().maxDepth(3).build();
        CanonicalizationException e = reject(c, "{\"a\":[{\"b\":[]}]}".getBytes(StandardCharsets.UTF_8));
        assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
        assertLocation(e, 11, "/a/0/b");
        assertThat(e.getMessage()).contains("limit of 3");
    }

    @Test
    void tooDeepWithDefaultLimit() throws Exception {
        String ok = "[".repeat(1000) + "]".repeat(1000);
        assertThat(Canonicalizer.strict().canonicalize(ok.getBytes(StandardCharsets.US_ASCII))).hasSize(2000);
        String deep = "[".repeat(1001) + "]".repeat(1001);
        CanonicalizationException e = reject(deep);
        assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
        assertThat(e.byteOffset()).hasValue(1000);
    }

    @Test
    void tooLarge() {
        Canonicalizer c = Canonicalizer.builder().maxBytes(10).build();
        CanonicalizationException e = reject(c, "[1,2,3,4,5]".getBytes(StandardCharsets.US_ASCII));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.byteOffset()).hasValue(10);
        assertThat(e.getMessage()).contains("byte offset 10").contains("maxBytes");
    }

    @Test
    void tooLargeStream() {
        Canonicalizer c = Canonicalizer.builder().maxBytes(10).build();
        CanonicalizationException e = catchThrowableOfType(CanonicalizationException.class,
                () -> c.canonicalize(new ByteArrayInputStream("[1,2,3,4,5]".getBytes(StandardCharsets.US_ASCII))));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "overlong 2-byte, C0AF",
        "overlong 2-byte C1, C1BF",
        "overlong 3-byte, E080AF",
        "overlong 4-byte, F08080AF",
        "surrogate in UTF-8, EDA080",
        "low surrogate in UTF-8, EDBFBF",
        "truncated 2-byte, C3",
        "truncated 3-byte, E282",
        "truncated 4-byte, F09F98",
        "continuation without lead, 80",
        "above U+10FFFF, F4908080",
        "invalid lead F5, F5808080",
        "invalid byte FF, FF",
    })
    void invalidUtf8(String name, String hex) {
        byte[] bad = dev.mlbom.internal.Hex.decode(hex.toLowerCase());
        byte[] doc = new byte[bad.length + 9];
        byte[] prefix = "{\"s\":\"a".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(prefix, 0, doc, 0, prefix.length);
        System.arraycopy(bad, 0, doc, prefix.length, bad.length);
        doc[prefix.length + bad.length] = '"';
        doc[prefix.length + bad.length + 1] = '}';
        byte[] json = java.util.Arrays.copyOf(doc, prefix.length + bad.length + 2);
        CanonicalizationException e = reject(json);
        assertThat(e.reason()).as(name).isEqualTo(Reason.INVALID_STRING);
        assertLocation(e, 7, "/s");
        assertThat(e.getMessage()).contains("invalid UTF-8");
    }

    @Test
    void invalidUtf8InMemberName() {
        byte[] json = {'{', '"', (byte) 0xC3, '"', ':', '1', '}'};
        CanonicalizationException e = reject(json);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_STRING);
        assertLocation(e, 2, "");
    }

    @Test
    void nonAsciiOutsideStrings() {
        byte[] json = {'[', (byte) 0xC3, (byte) 0xA9, ']'};
        assertThat(reject(json).reason()).isEqualTo(Reason.INVALID_JSON);
    }

    @Test
    void unescapedControlCharacter() {
        CanonicalizationException e = reject("[\"a\tb\"]");
        assertThat(e.reason()).isEqualTo(Reason.INVALID_STRING);
        assertLocation(e, 3, "/0");
        assertThat(e.getMessage()).contains("U+0009");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty | ''",
        "only whitespace | '  '",
        "plus sign | [+1]",
        "bare dot | [.5]",
        "dot without digits | [1.]",
        "exponent without digits | [1e]",
        "exponent sign only | [1e+]",
        "minus only | [-]",
        "hex number | [0x10]",
        "leading zero negative | [-01]",
        "single quotes | ['a']",
        "unquoted name | {a:1}",
        "missing colon | {\"a\" 1}",
        "missing comma | [1 2]",
        "unclosed array | [1,2",
        "unclosed object | {\"a\":1",
        "unterminated string | [\"abc",
        "invalid escape | [\"\\x\"]",
        "short unicode escape | [\"\\u12\"]",
        "bad hex in escape | [\"\\u12G4\"]",
        "True capitalized | [True]",
        "nul literal | [nul]",
        "trailing data | {} {}",
        "two values | 1 2",
        "comment | [1] // c",
        "comma only | [,]",
        "leading comma | [,1]",
        "double comma | [1,,2]",
        "object trailing comma after nested | {\"a\":{},}",
    })
    void invalidJson(String name, String json) {
        CanonicalizationException e = reject(json);
        assertThat(e.reason()).as(name).isEqualTo(Reason.INVALID_JSON);
        assertThat(e.byteOffset()).isPresent();
        assertThat(e.getMessage()).contains("byte offset");
    }

    @Test
    void byteOrderMark() {
        byte[] json = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        CanonicalizationException e = reject(json);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_JSON);
        assertThat(e.getMessage()).contains("byte order mark");
    }

    @Test
    void jsonPointerEscapesTildeAndSlash() {
        CanonicalizationException e = reject("{\"a/b\":{\"m~n\":[01]}}");
        assertThat(e.jsonPointer()).hasValue("/a~1b/m~0n/0");
    }

    @Test
    void nothingWrittenToStreamWhenRejected() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CanonicalizationException e = catchThrowableOfType(CanonicalizationException.class,
                () -> Canonicalizer.strict().canonicalize("[1,2,{\"a\":1,\"a\":2}]".getBytes(StandardCharsets.US_ASCII), out));
        assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_KEY);
        assertThat(out.size()).isZero();
    }

    // ------------------------------------------------------------------ Jackson trees

    private static CanonicalizationException rejectTree(com.fasterxml.jackson.databind.JsonNode tree) {
        CanonicalizationException e = catchThrowableOfType(CanonicalizationException.class, () -> JacksonTrees.canonicalize(Canonicalizer.strict(), tree));
        assertThat(e).isNotNull();
        assertThat(e.byteOffset()).isEmpty();
        return e;
    }

    @Test
    void treeWithNonFiniteDouble() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.putArray("v").add(1).add(Double.NaN);
        CanonicalizationException e = rejectTree(o);
        assertThat(e.reason()).isEqualTo(Reason.NUMBER_OUT_OF_RANGE);
        assertThat(e.jsonPointer()).hasValue("/v/1");
        assertThat(rejectTree(JsonNodeFactory.instance.numberNode(Double.NEGATIVE_INFINITY)).reason())
                .isEqualTo(Reason.NUMBER_OUT_OF_RANGE);
        assertThat(rejectTree(JsonNodeFactory.instance.numberNode(new BigDecimal("1e400"))).reason())
                .isEqualTo(Reason.NUMBER_OUT_OF_RANGE);
        assertThat(rejectTree(JsonNodeFactory.instance.numberNode(BigInteger.TEN.pow(400))).reason())
                .isEqualTo(Reason.NUMBER_OUT_OF_RANGE);
    }

    @Test
    void treeWithLoneSurrogate() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("k\ud800", "v");
        CanonicalizationException e = rejectTree(o);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_STRING);
        assertThat(rejectTree(JsonNodeFactory.instance.textNode("x\udc00")).reason()).isEqualTo(Reason.INVALID_STRING);
    }

    @Test
    void treeWithBinaryOrPojoNode() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("b", new byte[] {1, 2});
        CanonicalizationException e = rejectTree(o);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_JSON);
        assertThat(e.jsonPointer()).hasValue("/b");
        assertThat(rejectTree(JsonNodeFactory.instance.pojoNode(new Object())).reason()).isEqualTo(Reason.INVALID_JSON);
        assertThat(rejectTree(JsonNodeFactory.instance.missingNode()).reason()).isEqualTo(Reason.INVALID_JSON);
    }

    @Test
    void treeTooDeepAndTooLarge() throws Exception {
        com.fasterxml.jackson.databind.JsonNode deep = new ObjectMapper().readTree("[[[[1]]]]");
        CanonicalizationException e = catchThrowableOfType(CanonicalizationException.class,
                () -> JacksonTrees.canonicalize(Canonicalizer.builder().maxDepth(3).build(), deep));
        assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
        assertThat(e.jsonPointer()).hasValue("/0/0/0");
        CanonicalizationException big = catchThrowableOfType(CanonicalizationException.class,
                () -> JacksonTrees.canonicalize(Canonicalizer.builder().maxBytes(5).build(), deep));
        assertThat(big.reason()).isEqualTo(Reason.TOO_LARGE);
    }
}
