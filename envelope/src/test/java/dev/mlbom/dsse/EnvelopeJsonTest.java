package dev.mlbom.dsse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvelopeJsonTest {

    private static final EnvelopeJson JSON = EnvelopeJson.strict();

    private static byte[] utf8(String s) {
        return s.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesCompactStandardBase64AndReadsItBack() throws Exception {
        Envelope envelope = new Envelope("application/vnd.in-toto+json", new byte[] {(byte) 0xfb, (byte) 0xff, 0x3e},
                List.of(new EnvelopeSignature("k1", new byte[] {(byte) 0xfb, (byte) 0xef}),
                        new EnvelopeSignature("", new byte[] {1})));
        String json = new String(JSON.write(envelope), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"payload\":\"+/8+\",\"payloadType\":\"application/vnd.in-toto+json\","
                + "\"signatures\":[{\"keyid\":\"k1\",\"sig\":\"++8=\"},{\"sig\":\"AQ==\"}]}");
        assertThat(JSON.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(envelope);
    }

    @Test
    void acceptsUrlSafeAndUnpaddedBase64() throws Exception {
        Envelope envelope = JSON.read(utf8("{'payloadType':'t','payload':'-_8-','signatures':[{'sig':'--8'}]}"));
        assertThat(envelope.payload()).containsExactly(0xfb, 0xff, 0x3e);
        assertThat(envelope.signatures().get(0).sig()).containsExactly(0xfb, 0xef);
    }

    @Test
    void aNullKeyIdReadsAsNoKeyIdAsSigstoreBundlesWriteIt() throws Exception {
        Envelope envelope = JSON.read(utf8("{'payloadType':'t','payload':'','signatures':[{'sig':'AQ==','keyid':null}]}"));
        assertThat(envelope.signatures().get(0).keyIdHint()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        not JSON                 | {                                                                   | MALFORMED        | ''
        trailing content         | {'payloadType':'t','payload':'','signatures':[{'sig':'AQ=='}]} {}   | MALFORMED        | ''
        root is an array         | []                                                                  | WRONG_TYPE       | ''
        duplicate top-level key  | {'payloadType':'t','payloadType':'u','payload':'','signatures':[{'sig':'AQ=='}]} | DUPLICATE_KEY | /payloadType
        duplicate sig            | {'payloadType':'t','payload':'','signatures':[{'sig':'AQ==','sig':'AQ=='}]} | DUPLICATE_KEY | /signatures/0/sig
        unknown top-level key    | {'payloadType':'t','payload':'','signatures':[{'sig':'AQ=='}],'extra':1} | UNKNOWN_FIELD | /extra
        unknown signature key    | {'payloadType':'t','payload':'','signatures':[{'sig':'AQ==','alg':'x'}]} | UNKNOWN_FIELD | /signatures/0/alg
        missing payloadType      | {'payload':'','signatures':[{'sig':'AQ=='}]}                         | MISSING_FIELD    | /payloadType
        missing payload          | {'payloadType':'t','signatures':[{'sig':'AQ=='}]}                    | MISSING_FIELD    | /payload
        missing signatures       | {'payloadType':'t','payload':''}                                     | MISSING_FIELD    | /signatures
        missing sig              | {'payloadType':'t','payload':'','signatures':[{'keyid':'k'}]}        | MISSING_FIELD    | /signatures/0/sig
        payload is a number      | {'payloadType':'t','payload':1,'signatures':[{'sig':'AQ=='}]}        | WRONG_TYPE       | /payload
        keyid is a number        | {'payloadType':'t','payload':'','signatures':[{'keyid':1,'sig':'AQ=='}]} | WRONG_TYPE | /signatures/0/keyid
        payloadType is null      | {'payloadType':null,'payload':'','signatures':[{'sig':'AQ=='}]}      | WRONG_TYPE       | /payloadType
        signatures is an object  | {'payloadType':'t','payload':'','signatures':{}}                     | WRONG_TYPE       | /signatures
        signature is a string    | {'payloadType':'t','payload':'','signatures':['AQ==']}               | WRONG_TYPE       | /signatures/0
        empty payloadType        | {'payloadType':'','payload':'','signatures':[{'sig':'AQ=='}]}        | MALFORMED        | /payloadType
        empty sig                | {'payloadType':'t','payload':'','signatures':[{'sig':''}]}           | MALFORMED        | /signatures/0/sig
        no signatures            | {'payloadType':'t','payload':'','signatures':[]}                     | NO_SIGNATURES    | /signatures
        base64 with whitespace   | {'payloadType':'t','payload':'AQ== ','signatures':[{'sig':'AQ=='}]}  | BAD_BASE64       | /payload
        base64 mixed alphabets   | {'payloadType':'t','payload':'+_8-','signatures':[{'sig':'AQ=='}]}   | BAD_BASE64       | /payload
        base64 wrong padding     | {'payloadType':'t','payload':'AQ=','signatures':[{'sig':'AQ=='}]}    | BAD_BASE64       | /payload
        base64 non-zero tail     | {'payloadType':'t','payload':'AR==','signatures':[{'sig':'AQ=='}]}   | BAD_BASE64       | /payload
        base64 bad character     | {'payloadType':'t','payload':'A*==','signatures':[{'sig':'AQ=='}]}   | BAD_BASE64       | /payload
        base64 in sig            | {'payloadType':'t','payload':'','signatures':[{'sig':'A Q=='}]}      | BAD_BASE64       | /signatures/0/sig
        """)
    void rejects(String label, String json, EnvelopeException.Reason reason, String pointer) {
        Throwable thrown = catchThrowable(() -> JSON.read(utf8(json)));
        assertThat(thrown).isInstanceOf(EnvelopeException.class);
        EnvelopeException e = (EnvelopeException) thrown;
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        assertThat(e.pointer()).contains(pointer);
    }

    @Test
    void rejectsEnvelopesOverTheSizeLimitBeforeParsing() {
        EnvelopeJson small = JSON.withMaxBytes(10);
        Throwable thrown = catchThrowable(() -> small.read(utf8("{'payloadType':'t','payload':'','signatures':[]}")));
        assertThat(thrown).isInstanceOfSatisfying(EnvelopeException.class,
                e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.TOO_LARGE));
        thrown = catchThrowable(() -> small.read(new java.io.ByteArrayInputStream(new byte[1000])));
        assertThat(thrown).isInstanceOfSatisfying(EnvelopeException.class,
                e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.TOO_LARGE));
    }

    /** Fuzzing finding: bytes the JSON parser took for UTF-32 escaped as an unchecked exception. */
    @Test
    void bytesThatAreNoUtf8AreMalformedNotAnUncheckedError() {
        byte[] utf32Guess = {1, 0, 0, 0, 0, 0, 0, 0, 'e', ' ', 'f', 'i', 'e', 'l', 'd', '"'};
        byte[] utf16 = "{\"payloadType\":\"t\",\"payload\":\"\",\"signatures\":[{\"sig\":\"AQ==\"}]}"
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] badUtf8 = {'{', '"', (byte) 0xC3, '"', ':', '1', '}'};
        for (byte[] input : List.of(utf32Guess, utf16, badUtf8)) {
            Throwable thrown = catchThrowable(() -> JSON.read(input));
            assertThat(thrown).isInstanceOfSatisfying(EnvelopeException.class,
                    e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.MALFORMED));
        }
    }
}
