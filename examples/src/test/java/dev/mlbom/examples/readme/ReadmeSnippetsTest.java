package dev.mlbom.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of README.md is a region of a compiled example, verbatim. A block is preceded
 * by {@code <!-- snippet: PATH#TAG -->}; its text is every {@code // tag::TAG[]} ...
 * {@code // end::TAG[]} region of the file at PATH (relative to the repository root), each region
 * without its common indentation, one after the other.
 *
 * <p>After editing an example, run with {@code -Dmlbom.readme.update=true} to rewrite the README's
 * blocks from the files; the test then checks the result.
 */
class ReadmeSnippetsTest {

    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->");
    private static final Path ROOT = root();

    private static Path root() {
        String vectors = System.getProperty("mlbom.vectors");
        Path root = vectors != null ? Path.of(vectors).getParent() : Path.of("").toAbsolutePath().getParent();
        return root.toAbsolutePath().normalize();
    }

    /** A Java block of the README: where it is, and which region it must show. */
    record Block(int start, int end, String file, String tag, String text) {
    }

    @Test
    void everyJavaBlockOfTheReadmeIsARegionOfACompiledExample() throws IOException {
        Path readme = ROOT.resolve("README.md");
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        List<Block> blocks = blocks(lines);
        if (Boolean.getBoolean("mlbom.readme.update")) {
            for (int i = blocks.size() - 1; i >= 0; i--) {
                Block block = blocks.get(i);
                lines.subList(block.start(), block.end()).clear();
                lines.addAll(block.start(), List.of(region(ROOT.resolve(block.file()), block.tag()).split("\n", -1)));
            }
            Files.write(readme, lines, StandardCharsets.UTF_8);
            blocks = blocks(lines);
        }
        assertThat(blocks).as("README Java blocks").hasSizeGreaterThanOrEqualTo(4);
        for (Block block : blocks) {
            Path file = ROOT.resolve(block.file());
            assertThat(file).as("the example of the block at README.md line %d", block.start()).exists();
            assertThat(block.text()).as("README.md line %d must equal %s#%s (run this test with"
                    + " -Dmlbom.readme.update=true to copy it)", block.start(), block.file(), block.tag())
                    .isEqualTo(region(file, block.tag()));
        }
    }

    @Test
    void regionsAreJoinedWithoutTheirIndentation() {
        String source = String.join("\n", "class A {", "// tag::x[]", "import a;", "", "// end::x[]",
                "    // tag::x[]", "    void f() {", "        g();", "    }", "    // end::x[]", "}");
        assertThat(region(source, "x")).isEqualTo("import a;\n\nvoid f() {\n    g();\n}");
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            String previous = i > 0 ? lines.get(i - 1).strip() : "";
            Matcher marker = MARKER.matcher(previous);
            assertThat(marker.matches()).as("README.md line %d: a Java block must follow <!-- snippet: PATH#TAG -->,"
                    + " found '%s'", i + 1, previous).isTrue();
            blocks.add(new Block(i + 1, end, marker.group(1), marker.group(2),
                    String.join("\n", lines.subList(i + 1, end))));
            i = end;
        }
        return blocks;
    }

    static String region(Path file, String tag) {
        try {
            return region(Files.readString(file, StandardCharsets.UTF_8), tag);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    static String region(String source, String tag) {
        List<String> out = new ArrayList<>();
        List<String> current = null;
        int regions = 0;
        for (String line : source.split("\\R", -1)) {
            if (line.strip().equals("// tag::" + tag + "[]")) {
                current = new ArrayList<>();
            } else if (line.strip().equals("// end::" + tag + "[]")) {
                assertThat(current).as("end::%s[] without tag::%s[]", tag, tag).isNotNull();
                out.addAll(dedent(current));
                current = null;
                regions++;
            } else if (current != null) {
                current.add(line);
            }
        }
        assertThat(current).as("tag::%s[] without end::%s[]", tag, tag).isNull();
        assertThat(regions).as("regions tagged %s", tag).isPositive();
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }
}
