package dev.mlbom.canonical;

import dev.mlbom.jackson.JacksonTrees;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.canonical.internal.EcmaNumbers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 8785 conformance against the vectors in {@code conformance/jcs}. */
class CanonicalizerVectorsTest {

    private static Path jcs() {
        return dev.mlbom.fixtures.Conformance.dir("jcs");
    }

    static Stream<String> cyberphoneFiles() throws IOException {
        try (Stream<Path> files = Files.list(jcs().resolve("cyberphone/input"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(6);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cyberphoneFiles")
    void cyberphoneInputCanonicalizesToOutputByteForByte(String name) throws Exception {
        byte[] input = Files.readAllBytes(jcs().resolve("cyberphone/input").resolve(name));
        byte[] expected = Files.readAllBytes(jcs().resolve("cyberphone/output").resolve(name));
        byte[] actual = Canonicalizer.strict().canonicalize(input);
        assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).isEqualTo(expected);
        // canonical output is a fixed point
        assertThat(Canonicalizer.strict().canonicalize(actual)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("cyberphoneFiles")
    void cyberphoneInputAsJacksonTreeCanonicalizesToOutput(String name) throws Exception {
        byte[] input = Files.readAllBytes(jcs().resolve("cyberphone/input").resolve(name));
        byte[] expected = Files.readAllBytes(jcs().resolve("cyberphone/output").resolve(name));
        assertThat(JacksonTrees.canonicalize(Canonicalizer.strict(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(input)))
                .isEqualTo(expected);
    }

    @Test
    void allEs6NumberLinesMatch() throws Exception {
        Path file = jcs().resolve("es6-numbers-200k.txt.gz");
        int lines = 0;
        List<String> failures = new ArrayList<>();
        StringBuilder doc = new StringBuilder(8 << 20).append('[');
        StringBuilder expectedDoc = new StringBuilder(8 << 20).append('[');
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                int comma = line.indexOf(',');
                double d = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, comma), 16));
                String expected = line.substring(comma + 1);
                String actual = EcmaNumbers.toString(d);
                if (!actual.equals(expected) && failures.size() < 20) {
                    failures.add(line + " -> " + actual);
                }
                if (lines > 0) {
                    doc.append(',');
                    expectedDoc.append(',');
                }
                // feed the parser a different spelling of the same double, then compare to the expected text
                doc.append(lines % 2 == 0 ? Double.toString(d) : expected);
                expectedDoc.append(expected);
                lines++;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(lines).isEqualTo(200_000);
        byte[] canonical = Canonicalizer.strict().canonicalize(doc.append(']').toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(canonical, StandardCharsets.US_ASCII)).isEqualTo(expectedDoc.append(']').toString());
    }
}
