package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainIT {

    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Cli.Result result = Cli.run(dir, "--help").succeeds();
        assertThat(result.out()).contains("Usage: mlbom", "hash", "Exit codes", "mlbom demo");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void versionNamesMlbomAndJava() {
        Cli.Result result = Cli.run(dir, "--version").succeeds();
        assertThat(result.out()).startsWith("mlbom ").contains("Java ").doesNotContain("unknown");
    }

    @Test
    void noCommandPrintsUsageToStderrAndExits2() {
        Cli.Result result = Cli.run(dir);
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Usage: mlbom");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownCommandIsAOneLineUsageError() {
        Cli.run(dir, "hsah").failsWith(2, "mlbom: error: unknown command 'hsah'", "did you mean hash");
    }

    @Test
    void unknownOptionIsAOneLineUsageError() {
        Cli.run(dir, "hash", "--frobnicate", ".").failsWith(2, "mlbom: error: Unknown option: '--frobnicate'",
                "mlbom hash --help");
    }
}
