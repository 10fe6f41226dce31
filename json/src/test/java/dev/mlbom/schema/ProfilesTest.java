package dev.mlbom.schema;

import dev.mlbom.jackson.JacksonTrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theMinimalManifestMeetsMinimumButNotComplete() throws Exception {
        ObjectNode minimal = ManifestSchemaTest.resource("minimal-manifest.json");
        CompletenessReport minimum = Profiles.minimum().check(JacksonTrees.toValue(minimal));
        assertThat(minimum.isComplete()).as(minimum.missing().toString()).isTrue();
        assertThat(minimum.profile()).isEqualTo("minimum");
        assertThat(minimum.present()).hasSize(Profiles.minimum().fields().size());

        CompletenessReport complete = Profiles.complete().check(JacksonTrees.toValue(minimal));
        assertThat(complete.isComplete()).isFalse();
        assertThat(complete.missing()).extracting(RequiredField::path)
                .contains("/model/architecture", "/datasets[]/license", "/events[]/timestamp")
                .doesNotContain("/model/name", "/lineage/parents[*]/manifestId");
        assertThat(complete.present().size() + complete.missing().size())
                .isEqualTo(Profiles.complete().fields().size());
    }

    @Test
    void theCompleteManifestMeetsBothProfiles() throws Exception {
        ObjectNode full = ManifestSchemaTest.resource("complete-manifest.json");
        assertThat(Profiles.minimum().check(JacksonTrees.toValue(full)).isComplete()).isTrue();
        CompletenessReport complete = Profiles.complete().check(JacksonTrees.toValue(full));
        assertThat(complete.missing()).isEmpty();
    }

    @Test
    void minimumNamesWhatIsMissing() throws Exception {
        ObjectNode manifest = ManifestSchemaTest.resource("minimal-manifest.json");
        ((ObjectNode) manifest.get("model")).remove("license");
        manifest.remove("operations");
        ((ArrayNode) manifest.get("datasets")).addObject().put("name", "extra").put("role", "evaluation");
        CompletenessReport report = Profiles.minimum().check(JacksonTrees.toValue(manifest));
        assertThat(report.missing()).extracting(RequiredField::path).containsExactly("/model/license",
                "/datasets[]/sourceType",
                "/operations/deploymentConstraints[] | /operations/safetyFilters[] | /operations/permittedTools[]");
        assertThat(report.missing()).allSatisfy(f -> assertThat(f.description()).isNotBlank());
    }

    @Test
    void arraySemantics() throws Exception {
        JsonNode none = JSON.readTree("{}");
        JsonNode empty = JSON.readTree("{\"a\": []}");
        JsonNode all = JSON.readTree("{\"a\": [{\"b\": 1}, {\"b\": \"x\"}]}");
        JsonNode some = JSON.readTree("{\"a\": [{\"b\": 1}, {\"c\": 2}, {\"b\": \"\"}]}");
        RequiredFieldProfile nonEmpty = Profiles.custom(List.of("/a[]/b"));
        RequiredFieldProfile ifAny = Profiles.custom(List.of("/a[*]/b"));
        RequiredFieldProfile array = Profiles.custom(List.of("/a[]"));
        assertThat(List.of(none, empty, all, some)).extracting(d -> nonEmpty.check(JacksonTrees.toValue(d)).isComplete())
                .containsExactly(false, false, true, false);
        assertThat(List.of(none, empty, all, some)).extracting(d -> ifAny.check(JacksonTrees.toValue(d)).isComplete())
                .containsExactly(true, true, true, false);
        assertThat(List.of(none, empty, all, some)).extracting(d -> array.check(JacksonTrees.toValue(d)).isComplete())
                .containsExactly(false, false, true, true);
    }

    @Test
    void presenceIgnoresNullBlankAndEmptyValues() throws Exception {
        RequiredFieldProfile profile = Profiles.custom(List.of("/x"));
        for (String doc : List.of("{}", "{\"x\": null}", "{\"x\": \" \"}", "{\"x\": {}}", "{\"x\": []}")) {
            assertThat(profile.check(JacksonTrees.toValue(JSON.readTree(doc))).isComplete()).as(doc).isFalse();
        }
        for (String doc : List.of("{\"x\": 0}", "{\"x\": false}", "{\"x\": \"a\"}", "{\"x\": {\"y\": 1}}")) {
            assertThat(profile.check(JacksonTrees.toValue(JSON.readTree(doc))).isComplete()).as(doc).isTrue();
        }
        assertThat(Profiles.custom(List.of("/a~1b")).check(JacksonTrees.toValue(JSON.readTree("{\"a/b\": 1}"))).isComplete()).isTrue();
    }

    @Test
    void alternatives() throws Exception {
        RequiredFieldProfile profile = Profiles.custom(List.of("/a | /b[]"));
        assertThat(profile.check(JacksonTrees.toValue(JSON.readTree("{\"b\": [1]}"))).isComplete()).isTrue();
        assertThat(profile.check(JacksonTrees.toValue(JSON.readTree("{\"a\": 1}"))).isComplete()).isTrue();
        assertThat(profile.check(JacksonTrees.toValue(JSON.readTree("{\"b\": []}"))).isComplete()).isFalse();
    }

    @Test
    void rejectsBadPathsAndRepeats() {
        for (String path : List.of("", "model", "/", "/a//b", "/a[x]", "/a | ")) {
            assertThatThrownBy(() -> Profiles.custom(List.of(path))).as(path)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Profiles.custom(List.of("/a", "/a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequiredFieldProfile(" ", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builtInProfilesByName() {
        assertThat(Profiles.named("minimum")).contains(Profiles.minimum());
        assertThat(Profiles.named("complete")).contains(Profiles.complete());
        assertThat(Profiles.named("nope")).isEmpty();
        assertThat(Profiles.minimum().fields()).extracting(RequiredField::path).contains("/model/name",
                "/model/version", "/model/license", "/datasets[]/name", "/datasets[]/role", "/datasets[]/sourceType",
                "/training/procedure", "/evaluation/benchmarks[]");
    }
}
