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

    @Test
    void theClassDataArchiveIsMadeOnceBesideTheJarAndABrokenOneNeverBreaksARun() throws Exception {
        Path launcher = Cli.jar().getParent().getParent().getParent().resolve("mlbom");
        Path target = Cli.jar().getParent();
        try (java.util.stream.Stream<Path> files = Files.list(target)) {
            for (Path old : files.filter(f -> f.getFileName().toString().startsWith("mlbom-cds-")).toList()) {
                Files.delete(old);
            }
        }
        Path stale = target.resolve("mlbom-cds-1-2-3.jsa");
        Files.writeString(stale, "an archive of an older jar");
        run(launcher, "--version");
        java.util.List<Path> archives;
        try (java.util.stream.Stream<Path> files = Files.list(target)) {
            archives = files.filter(f -> f.getFileName().toString().startsWith("mlbom-cds-")).toList();
        }
        assertThat(archives).as("one archive, for this jar; the stale one is gone").hasSize(1);
        Path archive = archives.get(0);
        assertThat(archive.getFileName().toString()).endsWith(".jsa");
        assertThat(Files.size(archive)).isGreaterThan(1_000_000L);
        long made = Files.getLastModifiedTime(archive).toMillis();
        run(launcher, "--version");
        assertThat(Files.getLastModifiedTime(archive).toMillis()).as("reused, not made again").isEqualTo(made);

        // a damaged archive: the JVM refuses it and the run goes on without it, silently
        byte[] good = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[] {1, 2, 3, 4});
        try {
            assertThat(run(launcher, "--version")).startsWith("mlbom ").doesNotContain("warning", "archive");
        } finally {
            Files.write(archive, good);
        }
    }

    private String run(Path launcher, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(launcher.toString()));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
