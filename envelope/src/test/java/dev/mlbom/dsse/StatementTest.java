package dev.mlbom.dsse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.error.MlbomException;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.testkeys.TestKeys;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.Digest;
import dev.mlbom.model.HashAlgorithm;
import dev.mlbom.model.Shard;
import dev.mlbom.spi.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementTest {

    private static final String PREDICATE_TYPE = "https://mlbom.dev/provenance/v1";
    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final StatementCodec CODEC = new StatementCodec(new TestCanonicalizer());

    private static Statement statement() throws Exception {
        ObjectNode predicate = new ObjectMapper().createObjectNode();
        predicate.put("name", "demo").put("version", 3);
        return new Statement(List.of(new Subject("model.safetensors", Map.of("sha256", A))), PREDICATE_TYPE,
                JacksonTrees.toValue(predicate));
    }

    @Test
    void subjectsComeFromArtifactsWithShardsNamedByRange() {
        Artifact whole = new Artifact("config.json", 10, List.of(new Digest(HashAlgorithm.SHA256, A)));
        Artifact sharded = new Artifact("weights/model.bin", 20, List.of(), List.of(
                new Shard(0, 16, List.of(new Digest(HashAlgorithm.SHA256, A))),
                new Shard(16, 20, List.of(new Digest(HashAlgorithm.SHA256, B)))));
        assertThat(Statement.subjectsOf(List.of(whole, sharded))).containsExactly(
                new Subject("config.json", Map.of("sha256", A)),
                new Subject("weights/model.bin:0:16", Map.of("sha256", A)),
                new Subject("weights/model.bin:16:20", Map.of("sha256", B)));
    }

    @Test
    void encodesThroughTheCanonicalizerAndDecodesBack() throws Exception {
        byte[] payload = CODEC.encode(statement());
        assertThat(new String(payload, StandardCharsets.UTF_8)).isEqualTo("{\"_type\":\"https://in-toto.io/Statement/v1\","
                + "\"predicate\":{\"name\":\"demo\",\"version\":3},\"predicateType\":\"https://mlbom.dev/provenance/v1\","
                + "\"subject\":[{\"digest\":{\"sha256\":\"" + A + "\"},\"name\":\"model.safetensors\"}]}");
        assertThat(CODEC.decode(payload)).isEqualTo(statement());
        assertThat(new StatementCodec(tree -> new byte[] {'x'}).encode(statement())).containsExactly('x');
    }

    @Test
    void aFailingCanonicalizerIsReported() {
        StatementCodec failing = new StatementCodec(tree -> {
            throw new EnvelopeException(EnvelopeException.Reason.MALFORMED, "/predicate/x", "NaN");
        });
        Throwable thrown = catchThrowable(() -> failing.encode(statement()));
        assertThat(thrown).isInstanceOfSatisfying(EnvelopeException.class,
                e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.NOT_CANONICALIZABLE));
        assertThat(thrown.getCause()).isInstanceOf(MlbomException.class);
    }

    @Test
    void signsAndOpensAnInTotoEnvelope() throws Exception {
        KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ED25519);
        Envelope envelope = CODEC.sign(statement(), List.of(key.signer()));
        assertThat(envelope.payloadType()).isEqualTo("application/vnd.in-toto+json");
        assertThat(Dsse.verify(envelope, List.of(key.publicKey().verifier())).verifiedKeyIds()).containsExactly(key.keyId());
        assertThat(CODEC.open(envelope, PREDICATE_TYPE)).isEqualTo(statement());

        assertReason(() -> CODEC.open(envelope, "https://example.com/other"), EnvelopeException.Reason.PREDICATE_TYPE_MISMATCH,
                "/predicateType");
        Envelope otherType = new Envelope("application/json", envelope.payload(), envelope.signatures());
        assertReason(() -> CODEC.open(otherType, PREDICATE_TYPE), EnvelopeException.Reason.PAYLOAD_TYPE_MISMATCH, "/payloadType");
    }

    @Test
    void recordsKeepTheirInvariants() throws Exception {
        Map<String, JsonValue> predicate = new java.util.LinkedHashMap<>();
        Statement statement = new Statement(List.of(new Subject("x", Map.of("sha256", A))), PREDICATE_TYPE,
                new JsonValue.Obj(predicate));
        predicate.put("late", JsonValue.of(1));
        assertThat(((JsonValue.Obj) statement.predicate()).members()).doesNotContainKey("late");
        assertThatThrownBy(() -> ((JsonValue.Obj) statement.predicate()).members().put("late", JsonValue.of(1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(((JsonValue.Obj) statement.predicate()).members()).doesNotContainKey("late");
        assertThat(new Statement(statement.subjects(), PREDICATE_TYPE, null).predicate())
                .isEqualTo(new JsonValue.Obj(Map.of()));
        assertThat(new Statement(statement.subjects(), PREDICATE_TYPE, JsonValue.NULL).predicate())
                .isEqualTo(new JsonValue.Obj(Map.of()));
        Subject x = new Subject("x", Map.of("sha256", A));
        assertThatThrownBy(() -> new Statement(List.of(x, x), PREDICATE_TYPE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Statement(List.of(), PREDICATE_TYPE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Subject("x", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Statement(List.of(x), PREDICATE_TYPE,
                new JsonValue.Array(List.of()))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        not JSON            | {                                                                                  | MALFORMED |
        duplicate key       | {'_type':'https://in-toto.io/Statement/v1','_type':'x'}                             | DUPLICATE_KEY |
        root is an array    | []                                                                                 | WRONG_TYPE | ''
        missing _type       | {'subject':[{'name':'a','digest':{'sha256':'AA'}}],'predicateType':'p'}             | MISSING_FIELD | /_type
        wrong _type         | {'_type':'https://in-toto.io/Statement/v0.1','subject':[],'predicateType':'p'}      | STATEMENT_TYPE_MISMATCH | /_type
        missing subject     | {'_type':'https://in-toto.io/Statement/v1','predicateType':'p'}                     | MISSING_FIELD | /subject
        empty subject       | {'_type':'https://in-toto.io/Statement/v1','subject':[],'predicateType':'p'}        | MALFORMED | /subject
        subject not array   | {'_type':'https://in-toto.io/Statement/v1','subject':{},'predicateType':'p'}        | WRONG_TYPE | /subject
        subject no name     | {'_type':'https://in-toto.io/Statement/v1','subject':[{'digest':{'sha256':'AA'}}],'predicateType':'p'} | MISSING_FIELD | /subject/0/name
        subject no digest   | {'_type':'https://in-toto.io/Statement/v1','subject':[{'name':'a'}],'predicateType':'p'} | MISSING_FIELD | /subject/0/digest
        empty digest        | {'_type':'https://in-toto.io/Statement/v1','subject':[{'name':'a','digest':{}}],'predicateType':'p'} | MALFORMED | /subject/0/digest
        bad sha256 hex      | {'_type':'https://in-toto.io/Statement/v1','subject':[{'name':'a','digest':{'sha256':'AA'}}],'predicateType':'p'} | MALFORMED | /subject/0/digest/sha256
        digest not string   | {'_type':'https://in-toto.io/Statement/v1','subject':[{'name':'a','digest':{'sha256':1}}],'predicateType':'p'} | WRONG_TYPE | /subject/0/digest/sha256
        empty algorithm     | {'_type':'https://in-toto.io/Statement/v1','subject':[{'name':'a','digest':{'':'1'}}],'predicateType':'p'} | MALFORMED | /subject/0/digest/
        repeated name       | {'_type':'https://in-toto.io/Statement/v1','subject':[{'name':'a','digest':{'x':'1'}},{'name':'a','digest':{'x':'1'}}],'predicateType':'p'} | MALFORMED | /subject
        missing predType    | {'_type':'https://in-toto.io/Statement/v1','subject':[{'name':'a','digest':{'x':'1'}}]} | MISSING_FIELD | /predicateType
        predicate array     | {'_type':'https://in-toto.io/Statement/v1','subject':[{'name':'a','digest':{'x':'1'}}],'predicateType':'p','predicate':[]} | WRONG_TYPE | /predicate
        """)
    void rejectsBadStatements(String label, String json, EnvelopeException.Reason reason, String pointer) {
        assertReason(() -> CODEC.decode(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)), reason, pointer);
    }

    @Test
    void unknownMembersAreIgnoredAsInTotoRequires() throws Exception {
        String json = "{\"_type\":\"https://in-toto.io/Statement/v1\",\"subject\":[{\"name\":\"a\",\"uri\":\"u\","
                + "\"digest\":{\"gitCommit\":\"abc\"}}],\"predicateType\":\"p\",\"extra\":true}";
        Statement statement = CODEC.decode(json.getBytes(StandardCharsets.UTF_8));
        assertThat(statement.subjects()).containsExactly(new Subject("a", Map.of("gitCommit", "abc")));
    }

    private static void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            EnvelopeException.Reason reason, String pointer) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(EnvelopeException.class);
        EnvelopeException e = (EnvelopeException) thrown;
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        if (pointer == null) {
            assertThat(e.pointer()).isEmpty();
        } else {
            assertThat(e.pointer()).contains(pointer);
        }
    }
}
