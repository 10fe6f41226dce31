package dev.mlbom.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.HashAlgorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interop with the Python reference {@code model_signing}: hashing its signed test models in
 * per-file mode gives the same names and SHA-256 digests as the resources in its signatures.
 */
class OmsInteropTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> signedModels() throws Exception {
        Path tests = dev.mlbom.fixtures.Conformance.dir("oms/model-transparency/scripts/tests");
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> list = Files.list(tests)) {
            list.filter(d -> d.getFileName().toString().startsWith("v1.") && Files.exists(d.resolve("model.sig")))
                    .sorted().forEach(dirs::add);
        }
        assertThat(dirs).as("v1 signed models in " + tests).isNotEmpty();
        return dirs.stream();
    }

    @ParameterizedTest
    @MethodSource("signedModels")
    void perFileDigestsMatchTheReferenceImplementation(Path model) throws Exception {
        JsonNode bundle = JSON.readTree(model.resolve("model.sig").toFile());
        JsonNode statement = JSON.readTree(Base64.getDecoder().decode(bundle.at("/dsseEnvelope/payload").asText()));
        JsonNode predicate = statement.get("predicate");
        assumeTrue("files".equals(predicate.at("/serialization/method").asText()), "not per-file serialization");
        Map<String, String> expected = new LinkedHashMap<>();
        for (JsonNode resource : predicate.get("resources")) {
            assertThat(resource.get("algorithm").asText()).isEqualTo("sha256");
            expected.put(resource.get("name").asText(), resource.get("digest").asText());
        }
        List<String> extraIgnores = new ArrayList<>(List.of("model.sig", "ignore-me")); // as the reference's test script
        for (JsonNode ignored : predicate.at("/serialization/ignore_paths")) {
            extraIgnores.add(ignored.asText());
        }

        List<Artifact> artifacts = ArtifactHasher.builder()
                .ignore(IgnoreRules.defaults().plus(extraIgnores.toArray(String[]::new)))
                .build().hashDirectory(model);

        Map<String, String> actual = new LinkedHashMap<>();
        for (Artifact artifact : artifacts) {
            // a model signed as a single file is named "." by the reference
            String name = expected.containsKey(".") && artifacts.size() == 1 ? "." : artifact.path();
            actual.put(name, artifact.digest(HashAlgorithm.SHA256).orElseThrow().hex());
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
    }
}
