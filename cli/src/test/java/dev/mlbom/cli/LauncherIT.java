package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./mlbom launcher at the repository root runs the jar from any directory. */
class LauncherIT {

    @TempDir
    Path dir;

    @Test
    void launcherRunsTheJarFromAnotherDirectoryAndPassesExitCodes() throws Exception {
        Path launcher = Cli.jar().getParent().getParent().getParent().resolve("mlbom");
        assertThat(launcher).exists().isExecutable();
        Process version = new ProcessBuilder(launcher.toString(), "--version").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String out = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(version.exitValue()).isZero();
        assertThat(out).startsWith("mlbom ");

        Process missing = new ProcessBuilder(launcher.toString(), "hash", "missing").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String err = new String(missing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(missing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(missing.exitValue()).isEqualTo(2);
        assertThat(err).isEqualTo("mlbom: error: missing: no such file or directory\n");
        assertThat(Files.list(dir)).isEmpty();
    }
}
