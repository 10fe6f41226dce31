package dev.mlbom.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.model.ManifestException;
import dev.mlbom.model.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {

    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);

    @Test
    void mlbomExceptionsAreExit2WithTheirReasonOnOneLine() {
        ManifestException e = ManifestException.of(ManifestException.Reason.MALFORMED, "", "bad\nYAML at line 3");
        assertThat(new ErrorReporter(false).report(e, err)).isEqualTo(2);
        assertThat(text.toString()).startsWith("mlbom: error: [MALFORMED] ").doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void severalManifestProblemsAreListedFirst() {
        ManifestException e = new ManifestException(ManifestException.Reason.INVALID,
                List.of(new Problem("/model/name", "is required"), new Problem("/model/version", "is required")), null);
        assertThat(new ErrorReporter(false).report(e, err)).isEqualTo(2);
        assertThat(text.toString().lines().toList()).containsExactly("  /model/name: is required",
                "  /model/version: is required",
                "mlbom: error: [INVALID] 2 problems (listed above; fix each value named by its JSON Pointer)");
    }

    @Test
    void cliExceptionsCarryTheirExitCodeAndDetails() {
        CliException e = CliException.rejected("PLACEHOLDER", "m.yaml: 1 template placeholder left",
                List.of("m.yaml: /model/name: still holds the placeholder <name>"), null);
        assertThat(new ErrorReporter(false).report(e, err)).isEqualTo(2);
        assertThat(text.toString().lines().toList()).containsExactly(
                "m.yaml: /model/name: still holds the placeholder <name>",
                "mlbom: error: [PLACEHOLDER] m.yaml: 1 template placeholder left");
        assertThat(new ErrorReporter(false).report(CliException.failed("X", "no"), err)).isEqualTo(1);
    }

    @Test
    void ioErrorsNameTheFileAndBugsAreExit3WithAStackTraceOnlyWhenVerbose() {
        assertThat(new ErrorReporter(false).report(new NoSuchFileException("a/b.json"), err)).isEqualTo(2);
        assertThat(text.toString()).isEqualTo("mlbom: error: a/b.json: no such file or directory\n");
        text.getBuffer().setLength(0);
        assertThat(new ErrorReporter(false).report(new IllegalStateException("boom"), err)).isEqualTo(3);
        assertThat(text.toString()).startsWith("mlbom: internal error: IllegalStateException: boom")
                .doesNotContain("\tat ");
        text.getBuffer().setLength(0);
        new ErrorReporter(true).report(new IllegalStateException("boom"), err);
        assertThat(text.toString()).contains("\tat ");
    }

    @Test
    void suggestsTheClosestCommand() {
        List<String> names = List.of("hash", "sign", "verify", "lineage");
        assertThat(ErrorReporter.closest("hsah", names)).isEqualTo("hash");
        assertThat(ErrorReporter.closest("verfy", names)).isEqualTo("verify");
        assertThat(ErrorReporter.closest("compile", names)).isNull();
    }
}
