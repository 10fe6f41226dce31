package dev.mlbom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link VersionOrder} against a real peer: Python's {@code packaging.version.Version}
 * (PEP 440), asked once for a few hundred generated pairs. Skipped, with a message, when
 * {@code python3} or its {@code packaging} module is missing (Debian: {@code python3-packaging}).
 */
class VersionOrderPeerTest {

    private static final String PEER = String.join("\n",
            "import sys",
            "from packaging.version import Version, InvalidVersion",
            "def parse(s):",
            "    try:",
            "        return Version(s)",
            "    except InvalidVersion:",
            "        return None",
            "for line in sys.stdin.read().splitlines():",
            "    a, b = line.split('\\t')",
            "    va, vb = parse(a), parse(b)",
            "    if va is None or vb is None:",
            "        print('invalid' if va is None else 'ok', 'invalid' if vb is None else 'ok')",
            "    else:",
            "        print('cmp', (va > vb) - (va < vb))",
            "");

    @Test
    void ordersPep440VersionsAsPythonPackagingDoes() throws Exception {
        List<String[]> pairs = pairs(400);
        List<String> answers = askPython(pairs);
        assertThat(answers).hasSize(pairs.size());
        int compared = 0;
        for (int i = 0; i < pairs.size(); i++) {
            String a = pairs.get(i)[0];
            String b = pairs.get(i)[1];
            String answer = answers.get(i);
            if (answer.startsWith("cmp ")) {
                // packaging accepts both: we accept them too, unless SemVer reads one the other way
                boolean ambiguous = isAmbiguous(a) || isAmbiguous(b);
                if (ambiguous) {
                    continue;
                }
                assertThat(VersionOrder.parse(a)).as("packaging accepts %s", a).isPresent();
                assertThat(VersionOrder.parse(b)).as("packaging accepts %s", b).isPresent();
                int expected = Integer.parseInt(answer.substring(4));
                assertThat(Integer.signum(VersionOrder.INSTANCE.compare(a, b)))
                        .as("%s vs %s (packaging says %d)", a, b, expected).isEqualTo(expected);
                compared++;
            } else {
                String[] verdicts = answer.split(" ");
                for (int k = 0; k < 2; k++) {
                    String s = pairs.get(i)[k];
                    if (verdicts[k].equals("invalid")) {
                        assertThat(VersionOrder.parse(s).map(v -> v.scheme() == VersionOrder.Scheme.SEMVER)
                                .orElse(true)).as("packaging refuses %s: only a SemVer-only reading may accept it", s)
                                .isTrue();
                    }
                }
            }
        }
        assertThat(compared).as("pairs compared with packaging").isGreaterThan(300);
    }

    private static boolean isAmbiguous(String v) {
        String problem = VersionOrder.problem(v);
        return problem != null && problem.contains("ambiguous");
    }

    /** Generated PEP 440 spellings (random separators, case, implicit numbers, epochs) and SemVer strings. */
    private static List<String[]> pairs(int count) {
        SplittableRandom random = new SplittableRandom(17);
        List<String> pool = new ArrayList<>(List.of("2.3.0", "2.3", "2.3.0.0", "2.1rc1", "2.2b1", "2.3.0rc1",
                "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1",
                "1.0.0", "1.0.dev0", "1.0.post1.dev2", "1!1.0", "v1.0", "1.0.0-alpha.beta", "2.x", "latest"));
        Set<String> seen = new LinkedHashSet<>(pool);
        while (seen.size() < 240) {
            seen.add(generate(random));
        }
        pool = new ArrayList<>(seen);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String a = pool.get(random.nextInt(pool.size()));
            // half the pairs share a release, so pre/post/dev ordering is exercised
            String b = random.nextBoolean() ? pool.get(random.nextInt(pool.size())) : sameRelease(a, random);
            pairs.add(new String[] {a, b});
        }
        return pairs;
    }

    private static String sameRelease(String a, SplittableRandom random) {
        String release = a.replaceAll("^[vV]?([0-9]+!)?([0-9]+(\\.[0-9]+)*).*$", "$2");
        return release.matches("[0-9.]+") ? release + suffix(random) : generate(random);
    }

    private static String generate(SplittableRandom random) {
        StringBuilder v = new StringBuilder();
        if (random.nextInt(10) == 0) {
            v.append(random.nextBoolean() ? "v" : "V");
        }
        if (random.nextInt(12) == 0) {
            v.append(random.nextInt(3)).append('!');
        }
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                v.append('.');
            }
            int n = random.nextInt(4) == 0 ? random.nextInt(12) : random.nextInt(3);
            v.append(random.nextInt(15) == 0 ? "0" + n : String.valueOf(n));
        }
        return v + suffix(random);
    }

    private static String suffix(SplittableRandom random) {
        StringBuilder v = new StringBuilder();
        String[] seps = {"", ".", "-", "_"};
        if (random.nextInt(2) == 0) {
            String[] labels = {"a", "alpha", "b", "beta", "rc", "c", "pre", "preview", "RC", "Alpha"};
            v.append(seps[random.nextInt(seps.length)]).append(labels[random.nextInt(labels.length)]);
            if (random.nextInt(4) != 0) {
                v.append(seps[random.nextInt(seps.length)]).append(random.nextInt(12));
            }
        }
        if (random.nextInt(4) == 0) {
            switch (random.nextInt(3)) {
                case 0 -> v.append('-').append(random.nextInt(5));
                case 1 -> v.append(seps[random.nextInt(seps.length)]).append(random.nextBoolean() ? "post" : "rev")
                        .append(random.nextInt(5));
                default -> v.append(".post");
            }
        }
        if (random.nextInt(4) == 0) {
            v.append(seps[random.nextInt(seps.length)]).append("dev");
            if (random.nextBoolean()) {
                v.append(random.nextInt(5));
            }
        }
        return v.toString();
    }

    private static List<String> askPython(List<String[]> pairs) throws IOException, InterruptedException {
        assumeTrue(python("import packaging.version"),
                "python3 with the 'packaging' module is not installed (apt-get install python3-packaging);"
                        + " the PEP 440 peer comparison is skipped");
        Process process = new ProcessBuilder(System.getenv().getOrDefault("MLBOM_PYTHON", "python3"), "-c", PEER).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        StringBuilder input = new StringBuilder();
        for (String[] pair : pairs) {
            input.append(pair[0]).append('\t').append(pair[1]).append('\n');
        }
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.toString().getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("python3 exit code").isZero();
        return output.lines().toList();
    }

    private static boolean python(String code) {
        try {
            Process process = new ProcessBuilder(System.getenv().getOrDefault("MLBOM_PYTHON", "python3"), "-c", code).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
