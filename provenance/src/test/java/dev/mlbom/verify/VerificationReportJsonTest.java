package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationReportJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyCheckHasOneHyphenatedIdThatRoundTrips() {
        assertThat(CheckName.REQUIRED_FIELDS.id()).isEqualTo("required-fields");
        assertThat(CheckName.ENVELOPE.id()).isEqualTo("envelope");
        for (CheckName check : CheckName.values()) {
            assertThat(check.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(CheckName.fromId(check.id())).contains(check);
        }
        assertThat(CheckName.fromId("REQUIRED_FIELDS")).isEmpty();
    }

    @Test
    void aFailedReportHasTheDocumentedShapeAndTheCheckIds() throws Exception {
        VerificationReport report = new VerificationReport("models/bot", "models/bot.mlbom.json", List.of(
                CheckResult.passed(CheckName.ENVELOPE, "read"),
                CheckResult.failed(CheckName.REQUIRED_FIELDS, VerificationException.Reason.REQUIRED_FIELD_MISSING,
                        Optional.empty(), "no /model/license"),
                CheckResult.skipped(CheckName.LINEAGE, "not asked")));
        JsonNode json = MAPPER.readTree(report.toJson());
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("model", "envelope", "verified", "reason", "message", "checks");
        assertThat(json.get("verified").asBoolean()).isFalse();
        assertThat(json.get("reason").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(json.get("message").asText()).isEqualTo("no /model/license");
        JsonNode failed = json.get("checks").get(1);
        assertThat(failed.fieldNames()).toIterable().containsExactly("check", "status", "reason", "detail", "message");
        assertThat(failed.get("check").asText()).isEqualTo("required-fields");
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(json.get("checks").findValuesAsText("check")).containsExactly("envelope", "required-fields", "lineage");
        assertThat(json.get("checks").get(0).get("reason").isNull()).isTrue();
    }

    @Test
    void aPassedReportNamesNoReason() throws Exception {
        VerificationReport report = new VerificationReport("m", "e", List.of(CheckResult.passed(CheckName.SCHEMA, "ok")));
        JsonNode json = MAPPER.readTree(report.toJson());
        assertThat(json.get("verified").asBoolean()).isTrue();
        assertThat(json.get("reason").isNull()).isTrue();
        assertThat(json.get("message").isNull()).isTrue();
    }
}
