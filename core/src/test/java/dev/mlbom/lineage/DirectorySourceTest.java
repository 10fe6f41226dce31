package dev.mlbom.lineage;

import static dev.mlbom.lineage.Fixtures.manifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.canonical.Canonicalizer;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySourceTest {

    @TempDir
    Path dir;

    @Test
    void canonicalIdentityIsSha256OfTheCanonicalJsonOfTheCodecTree() throws Exception {
        Manifest base = manifest("acme/base", "1", b -> { });
        byte[] canonical = Canonicalizer.strict().canonicalize(ManifestCodec.json().toTree(base));
        assertThat(ManifestIdentifier.canonical().idOf(base).value()).isEqualTo(Canonicalizer.sha256Id(canonical));
        // the same manifest read back from YAML has the same id
        Manifest again = ManifestCodec.yaml().read(ManifestCodec.yaml().write(base));
        assertThat(ManifestIdentifier.canonical().idOf(again)).isEqualTo(ManifestIdentifier.canonical().idOf(base));
    }

    @Test
    void readsJsonAndYamlManifestsAndChecksParentIdsCanonically() throws Exception {
        Manifest base = manifest("acme/base", "1", b -> { });
        ManifestId baseId = ManifestIdentifier.canonical().idOf(base);
        Manifest chat = manifest("acme/chat", "1", b -> {
            b.parent(LineageRelation.FINE_TUNE, "acme/base", "1", baseId.value());
            b.dataset(d -> d.name("tickets").version("2026-10").role(DatasetRole.FINE_TUNING));
        });
        ManifestCodec.json().write(base, dir.resolve("base.json"));
        ManifestCodec.yaml().write(chat, dir.resolve("chat.yaml"));
        Files.writeString(dir.resolve("notes.txt"), "not a manifest");
        Files.writeString(dir.resolve("chat.mlbom.json"), "{\"payloadType\":\"not read by default\"}");
        LineageGraph graph = LineageGraph.from(DirectorySource.of(dir));
        LineageNode chatNode = graph.model("acme/chat", "1").orElseThrow();
        assertThat(graph.ancestors(chatNode)).extracting(LineageNode::manifestId).containsExactly(Optional.of(baseId));
        assertThat(graph.entry(chatNode).orElseThrow().origin()).endsWith("chat.yaml");
        assertThat(graph.integrity().isClean()).isTrue();
    }

    @Test
    void aForgedParentIdOnDiskIsRejected() throws Exception {
        Manifest base = manifest("acme/base", "1", b -> { });
        Manifest chat = manifest("acme/chat", "1", b -> b.parent(LineageRelation.FINE_TUNE, "acme/base", "1",
                Fixtures.fakeId("a different base").value()));
        ManifestCodec.json().write(base, dir.resolve("base.json"));
        ManifestCodec.json().write(chat, dir.resolve("chat.json"));
        assertThatThrownBy(() -> LineageGraph.from(DirectorySource.of(dir)))
                .isInstanceOfSatisfying(LineageException.class,
                        e -> assertThat(e.reason()).isEqualTo(LineageException.Reason.PARENT_ID_MISMATCH));
    }

    @Test
    void anEnvelopeReaderCanBePluggedIn() throws Exception {
        Manifest base = manifest("acme/base", "1", b -> { });
        Files.writeString(dir.resolve("base.mlbom.json"), "{}");
        ManifestId given = Fixtures.fakeId("from the envelope");
        DirectorySource source = DirectorySource.builder(dir)
                .reader(DirectorySource.ENVELOPE_SUFFIX, file -> new LineageEntry(base, Optional.of(given), file.toString()))
                .build();
        List<LineageEntry> entries = source.load();
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.id()).contains(given));
    }

    @Test
    void anUnreadableManifestNamesTheFile() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\"schema\": ");
        assertThatThrownBy(() -> DirectorySource.of(dir).load()).isInstanceOfSatisfying(LineageException.class, e -> {
            assertThat(e.reason()).isEqualTo(LineageException.Reason.UNREADABLE_SOURCE);
            assertThat(e.getMessage()).contains("broken.json");
        });
        assertThatThrownBy(() -> DirectorySource.of(dir.resolve("absent")).load())
                .isInstanceOfSatisfying(LineageException.class,
                        e -> assertThat(e.reason()).isEqualTo(LineageException.Reason.UNREADABLE_SOURCE));
    }

    @Test
    void aDirectoryOfOnlySkippedEnvelopesSaysSoInsteadOfAnEmptyGraph() throws Exception {
        Files.writeString(dir.resolve("base.mlbom.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "not a manifest");
        assertThatThrownBy(() -> DirectorySource.of(dir).load()).isInstanceOfSatisfying(LineageException.class, e -> {
            assertThat(e.reason()).isEqualTo(LineageException.Reason.UNREADABLE_SOURCE);
            assertThat(e.getMessage()).contains("base.mlbom.json", "skipped", "LineageSources");
        });
    }

    @Test
    void anEmptyDirectorySaysWhatItLookedFor() {
        assertThatThrownBy(() -> DirectorySource.of(dir).load()).isInstanceOfSatisfying(LineageException.class, e -> {
            assertThat(e.reason()).isEqualTo(LineageException.Reason.UNREADABLE_SOURCE);
            assertThat(e.getMessage()).contains("holds no manifest", ".json", ".yaml");
        });
    }
}
