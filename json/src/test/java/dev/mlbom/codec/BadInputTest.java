package dev.mlbom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mlbom.model.ManifestException;
import dev.mlbom.model.ManifestException.Reason;
import dev.mlbom.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden bad inputs, each named for its defect: the reason code and every pointer expected. */
class BadInputTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("invalid-duplicate-key.json", Reason.MALFORMED, List.of("/model/name")),
                Arguments.of("invalid-duplicate-key.yaml", Reason.MALFORMED, List.of("/model/name")),
                Arguments.of("invalid-unknown-field.json", Reason.INVALID,
                        List.of("/datasets/0/sauce", "/model/colour", "/signature")),
                Arguments.of("invalid-wrong-type.json", Reason.INVALID, List.of("/dependencies", "/model/version",
                        "/training/hyperparameters/epochs", "/training/hyperparameters/learningRate")),
                Arguments.of("invalid-missing-required.json", Reason.INVALID,
                        List.of("/datasets/0/role", "/evaluation/benchmarks/0/date", "/model/name")),
                Arguments.of("invalid-enum-value.json", Reason.INVALID,
                        List.of("/datasets/0/role", "/model/source/type")),
                Arguments.of("invalid-record-rules.json", Reason.INVALID, List.of("/datasets/0/roleOther",
                        "/extensions/pipeline", "/model/artifacts/0", "/model/artifacts/1",
                        "/model/version", "/training/endedAt")),
                Arguments.of("invalid-bad-values.json", Reason.INVALID, List.of("/datasets/0/digest",
                        "/evaluation/benchmarks/0/date", "/events/0/timestamp", "/lineage/parents/0/manifestId",
                        "/model/artifacts/0/digests/md5", "/model/artifacts/0/digests/sha256",
                        "/model/artifacts/0/size")),
                Arguments.of("invalid-yaml-alias.yaml", Reason.UNSUPPORTED_YAML, List.of("/model/name")),
                Arguments.of("invalid-yaml-billion-laughs.yaml", Reason.UNSUPPORTED_YAML,
                        List.of("/extensions/com.acme.lol/a")),
                Arguments.of("invalid-yaml-tag.yaml", Reason.UNSUPPORTED_YAML, List.of("/model/name")),
                Arguments.of("invalid-yaml-complex-key.yaml", Reason.UNSUPPORTED_YAML, List.of("/model")),
                Arguments.of("invalid-yaml-flow-key.yaml", Reason.UNSUPPORTED_YAML, List.of("/model")),
                Arguments.of("invalid-yaml-truncated-escape.yaml", Reason.MALFORMED, List.of("/model/name")),
                Arguments.of("invalid-two-documents.yaml", Reason.UNSUPPORTED_YAML, List.of("")),
                Arguments.of("invalid-empty.yaml", Reason.MALFORMED, List.of("")),
                Arguments.of("invalid-too-deep.json", Reason.TOO_LARGE,
                        List.of("/extensions/com.acme.deep" + "/0".repeat(62))),
                Arguments.of("invalid-syntax.json", Reason.MALFORMED, List.of("/model")),
                Arguments.of("invalid-duplicate-name.json", Reason.INVALID, List.of("/datasets/1", "/events/1")),
                Arguments.of("invalid-trailing-content.json", Reason.MALFORMED, List.of("")),
                Arguments.of("invalid-unknown-schema.json", Reason.UNSUPPORTED_VERSION, List.of("/schema")),
                Arguments.of("invalid-missing-schema.json", Reason.INVALID, List.of("/schema")),
                Arguments.of("invalid-not-an-object.json", Reason.INVALID, List.of("")),
                Arguments.of("invalid-yaml-nan.yaml", Reason.MALFORMED, List.of("/evaluation/benchmarks/0/value")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsWithReasonAndPointers(String file, Reason reason, List<String> pointers) throws IOException {
        byte[] bytes = resource(file);
        ManifestCodec codec = ManifestCodec.forPath(Path.of(file));
        ManifestException e = catchThrowableOfType(ManifestException.class, () -> codec.read(bytes));
        assertThat(e).as(file + " must be rejected").isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        assertThat(e.problems()).extracting(Problem::pointer).as(e.getMessage())
                .containsExactlyElementsOf(pointers);
        assertThat(e.getMessage()).isNotBlank();
    }

    /** Fuzzing finding: bytes the JSON parser takes for UTF-32 were refused as IO_ERROR, not MALFORMED. */
    @org.junit.jupiter.api.Test
    void bytesThatAreNoUnicodeTextAreMalformedNotAnIoError() {
        byte[] utf32Guess = {1, 0, 0, 0, 0, 0, 0, 0, 'e', ' ', 'f', 'i', 'e', 'l', 'd', '"'};
        for (ManifestCodec codec : List.of(ManifestCodec.json(), ManifestCodec.yaml())) {
            ManifestException e = catchThrowableOfType(ManifestException.class, () -> codec.read(utf32Guess));
            assertThat(e).as(codec.format().toString()).isNotNull();
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.MALFORMED);
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = BadInputTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
