package dev.mlbom.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IgnoreRulesTest {

    @Test
    void defaultsIgnoreVcsMetadataAndMlbomFilesAtAnyDepth() {
        IgnoreRules rules = IgnoreRules.defaults();
        assertThat(rules.patterns())
                .containsExactly(".git/", ".git", ".github/", ".gitattributes", ".gitignore", "*.mlbom.json");
        assertThat(rules.ignores(".git/HEAD")).isTrue();
        assertThat(rules.ignores(".git/objects/ab/cd")).isTrue();
        assertThat(rules.ignores("sub/.git/HEAD")).isTrue();
        assertThat(rules.ignores(".github/workflows/x.yml")).isTrue();
        assertThat(rules.ignores(".gitattributes")).isTrue();
        assertThat(rules.ignores("model.mlbom.json")).isTrue();
        assertThat(rules.ignores("a/b.mlbom.json")).isTrue();
        assertThat(rules.ignoresDirectory(".git")).isTrue();

        assertThat(rules.ignores(".git")).as("a worktree's .git file").isTrue();
        assertThat(rules.ignores(".github")).as("'.github/' names only directories").isFalse();
        assertThat(rules.ignores("model.safetensors")).isFalse();
        assertThat(rules.ignores("mlbom.json")).isFalse();
        assertThat(rules.ignores("my.git/x")).isFalse();
        assertThat(rules.ignores(".gitx/x")).isFalse();

        assertThat(rules.ignoresDirectory("x.mlbom.json")).as("file patterns never hide a directory").isFalse();
        assertThat(rules.ignores("x.mlbom.json/weights.bin")).isFalse();
        assertThat(rules.ignores(".gitattributes/weights.bin")).isFalse();
        assertThat(rules.ignores(".gitignore/weights.bin")).isFalse();
    }

    @Test
    void globsMatchWithinOneSegmentUnlessDoubleStar() {
        IgnoreRules rules = IgnoreRules.of("*.tmp", "cache?/", "/notes.txt", "docs/*.md", "logs/**.log");
        assertThat(rules.ignores("a.tmp")).isTrue();
        assertThat(rules.ignores("x/y/a.tmp")).isTrue();
        assertThat(rules.ignores("a.tmp.bin")).isFalse();
        assertThat(rules.ignores("cache1/x")).as("a matching directory hides what is below").isTrue();
        assertThat(rules.ignores("cache12/x")).isFalse();
        assertThat(rules.ignores("cache1")).as("'cache?/' names only directories").isFalse();
        assertThat(IgnoreRules.of("cache?").ignores("cache1/x")).as("'cache?' names only files").isFalse();
        assertThat(rules.ignores("notes.txt")).isTrue();
        assertThat(rules.ignores("sub/notes.txt")).as("leading slash anchors").isFalse();
        assertThat(rules.ignores("docs/a.md")).isTrue();
        assertThat(rules.ignores("docs/sub/a.md")).as("* does not cross '/'").isFalse();
        assertThat(rules.ignores("sub/docs/a.md")).as("inner slash anchors").isFalse();
        assertThat(rules.ignores("logs/a/b/c.log")).isTrue();
        assertThat(rules.ignores("logs.log")).isFalse();
    }

    @Test
    void regexCharactersAreLiteral() {
        IgnoreRules rules = IgnoreRules.of("a+b(1).[x]");
        assertThat(rules.ignores("a+b(1).[x]")).isTrue();
        assertThat(rules.ignores("aab(1).x")).isFalse();
    }

    @Test
    void plusAddsAndOfReplaces() {
        assertThat(IgnoreRules.defaults().plus("*.bak").patterns()).hasSize(7).endsWith("*.bak");
        assertThat(IgnoreRules.of("*.bak").ignores(".gitignore")).isFalse();
        assertThat(IgnoreRules.none().ignores(".git/HEAD")).isFalse();
        assertThat(IgnoreRules.of("*.bak")).isEqualTo(IgnoreRules.none().plus("*.bak"));
    }

    @Test
    void malformedPatternsAreRejected() {
        assertThatThrownBy(() -> IgnoreRules.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IgnoreRules.of("/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IgnoreRules.of("a//b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IgnoreRules.of("a\\b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IgnoreRules.of((String) null)).isInstanceOf(NullPointerException.class);
    }
}
