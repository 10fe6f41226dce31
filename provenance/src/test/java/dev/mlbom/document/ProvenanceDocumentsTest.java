package dev.mlbom.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.Provenance;
import dev.mlbom.ProvenanceFormat;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.codec.ManifestFormat;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.diff.DiffException;
import dev.mlbom.diff.LastGood;
import dev.mlbom.diff.ManifestDiff;
import dev.mlbom.dsse.EnvelopeException;
import dev.mlbom.lineage.LineageException;
import dev.mlbom.lineage.LineageGraph;
import dev.mlbom.lineage.LineageNode;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.verify.VerificationException;
import dev.mlbom.spi.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceDocumentsTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path temp;

    static Manifest manifest(String name, String version) throws ManifestException {
        return Provenance.builder().model(m -> m.name(name).version(version)).build();
    }

    Path signed(Manifest manifest, String dir) throws Exception {
        Path model = Files.createDirectories(temp.resolve("models").resolve(dir));
        Files.writeString(model.resolve("config.json"), "{}");
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        return ProvenanceSigner.builder().signer(key.signer()).clock(Clock.fixed(SIGNED_AT, ZoneOffset.UTC)).build()
                .sign(manifest, model).envelopePath();
    }

    @Test
    void manifestsInJsonAndYamlAreManifestDocuments() throws Exception {
        Manifest manifest = manifest("acme/bot", "1.0.0");
        Path json = temp.resolve("bot.json");
        Path yaml = temp.resolve("bot.yaml");
        ManifestCodec.json().write(manifest, json);
        ManifestCodec.yaml().write(manifest, yaml);
        for (Path file : new Path[] {json, yaml}) {
            ProvenanceDocument document = ProvenanceDocuments.read(file);
            assertThat(document).isInstanceOfSatisfying(ProvenanceDocument.ManifestDocument.class,
                    m -> assertThat(m.manifest()).isEqualTo(manifest));
            assertThat(document.origin()).isEqualTo(file.toString());
            assertThat(document.kind()).isEqualTo("manifest");
        }
        // without a name, the first byte decides
        assertThat(ProvenanceDocuments.read(Files.readAllBytes(yaml), "stdin"))
                .isInstanceOfSatisfying(ProvenanceDocument.ManifestDocument.class,
                        m -> assertThat(m.format()).isEqualTo(ManifestFormat.YAML));
    }

    @Test
    void anEnvelopeIsToldByContentAndItsManifestReadOnlyUnverified() throws Exception {
        Manifest manifest = manifest("acme/bot", "1.0.0");
        Path envelope = signed(manifest, "bot");
        Path renamed = Files.copy(envelope, temp.resolve("no-extension"));
        for (Path file : new Path[] {envelope, renamed}) {
            ProvenanceDocument document = ProvenanceDocuments.read(file);
            assertThat(document).isInstanceOf(ProvenanceDocument.EnvelopeDocument.class);
            assertThat(document.kind()).isEqualTo("signed envelope");
            UnverifiedManifest unverified = ProvenanceDocuments
                    .readManifestUnverified((ProvenanceDocument.EnvelopeDocument) document);
            assertThat(unverified.manifest().model().coordinates()).isEqualTo("acme/bot@1.0.0");
            assertThat(ProvenanceFormat.signingTime(unverified.manifest())).contains(SIGNED_AT);
            assertThat(unverified.statement().predicateType()).isEqualTo(ProvenanceFormat.PREDICATE_TYPE);
        }
    }

    @Test
    void manifestsAndEnvelopesDiffThroughTheUnverifiedReader() throws Exception {
        Manifest before = manifest("acme/bot", "1.0.0");
        Path beforeFile = temp.resolve("before.yaml");
        ManifestCodec.yaml().write(before, beforeFile);
        Path envelope = signed(manifest("acme/bot", "1.1.0"), "bot");
        Manifest signed = ProvenanceDocuments.readManifestUnverified(envelope);
        assertThat(signed).isEqualTo(ProvenanceDocuments.manifestUnverified(ProvenanceDocuments.read(envelope)));
        assertThat(ProvenanceDocuments.readManifestUnverified(beforeFile)).isEqualTo(before);

        ManifestDiff diff = ManifestDiff.of(beforeFile, envelope, ProvenanceDocuments::readManifestUnverified);
        assertThat(diff.oldSubject()).isEqualTo("acme/bot@1.0.0");
        assertThat(diff.newSubject()).isEqualTo("acme/bot@1.1.0");
        assertThat(diff.isEmpty()).isFalse();
        assertThat(ManifestDiff.of(envelope, envelope, ProvenanceDocuments::readManifestUnverified).isEmpty()).isTrue();
    }

    @Test
    void anEnvelopeOfAnotherPayloadIsAnErrorNotAnEmptyDiff() throws Exception {
        Path envelope = signed(manifest("acme/bot", "1.0.0"), "bot");
        String foreign = "{\"payloadType\":\"text/plain\",\"payload\":\"aGVsbG8=\",\"signatures\":"
                + "[{\"keyid\":\"k\",\"sig\":\"c2ln\"}]}";
        Path other = Files.writeString(temp.resolve("other.json"), foreign);
        assertThatThrownBy(() -> ManifestDiff.of(envelope, other, ProvenanceDocuments::readManifestUnverified))
                .isInstanceOfSatisfying(DiffException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DiffException.Reason.UNREADABLE_VERSION);
                    assertThat(e.getMessage()).contains("new version", "other.json");
                    assertThat(e.getCause()).isInstanceOf(EnvelopeException.class);
                });
        Path notJson = Files.writeString(temp.resolve("notes.json"), "[1, 2]");
        assertThatThrownBy(() -> ManifestDiff.of(notJson, envelope, ProvenanceDocuments::readManifestUnverified))
                .isInstanceOfSatisfying(DiffException.class,
                        e -> assertThat(e.getCause()).isInstanceOf(ManifestException.class));
    }

    @Test
    void lastGoodReadsAHistoryOfManifestsAndEnvelopes() throws Exception {
        Path first = temp.resolve("first.json");
        ManifestCodec.json().write(manifest("acme/bot", "1.0.0"), first);
        Path second = signed(manifest("acme/bot", "1.1.0"), "bot");
        LastGood.Result result = LastGood.diff(java.util.List.of(first, second),
                ProvenanceDocuments::readManifestUnverified, version -> { });
        assertThat(result.lastGoodIndex()).isZero();
        assertThat(result.diff()).hasValueSatisfying(d -> assertThat(d.newSubject()).isEqualTo("acme/bot@1.1.0"));
    }

    @Test
    void aSignedReadChecksTheSignaturesAgainstTheTrustedKeys() throws Exception {
        Path model = Files.createDirectories(temp.resolve("models").resolve("signed"));
        Files.writeString(model.resolve("config.json"), "{}");
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        KeyPairHandle other = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        Path envelope = ProvenanceSigner.builder().signer(key.signer()).build()
                .sign(manifest("acme/bot", "1.0.0"), model).envelopePath();

        Manifest manifest = ProvenanceDocuments.readManifestSignedBy(envelope,
                java.util.List.of(other.publicKey().verifier(), key.publicKey().verifier()));
        assertThat(manifest).isEqualTo(ProvenanceDocuments.readManifestUnverified(envelope));

        assertThatThrownBy(() -> ProvenanceDocuments.readManifestSignedBy(envelope,
                java.util.List.of(other.publicKey().verifier())))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(VerificationException.Reason.UNTRUSTED_KEY));
        Path plain = temp.resolve("plain.json");
        ManifestCodec.json().write(manifest, plain);
        assertThatThrownBy(() -> ProvenanceDocuments.readManifestSignedBy(plain,
                java.util.List.of(key.publicKey().verifier())))
                .isInstanceOfSatisfying(EnvelopeException.class,
                        e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.NO_SIGNATURES));
        // the payload changed after signing: the trusted key's signature no longer verifies
        String json = Files.readString(envelope);
        String payload = json.replaceAll("(?s).*\"payload\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        byte[] statement = java.util.Base64.getDecoder().decode(payload);
        String changed = new String(statement, StandardCharsets.UTF_8).replace("1.0.0", "1.0.1");
        Path tampered = Files.writeString(temp.resolve("tampered.mlbom.json"), json.replace(payload,
                java.util.Base64.getEncoder().encodeToString(changed.getBytes(StandardCharsets.UTF_8))));
        assertThatThrownBy(() -> ProvenanceDocuments.readManifestSignedBy(tampered,
                java.util.List.of(key.publicKey().verifier())))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(VerificationException.Reason.SIGNATURE_INVALID));
    }

    @Test
    void aYamlAliasIsRefusedWithTheCodecsReason() {
        String yaml = "schemaVersion: &v \"1.0\"\nmodel:\n  name: acme/bot\n  version: *v\n";
        assertThatThrownBy(() -> ProvenanceDocuments.read(yaml.getBytes(StandardCharsets.UTF_8), "alias.yaml",
                ManifestFormat.YAML)).isInstanceOfSatisfying(ManifestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ManifestException.Reason.UNSUPPORTED_YAML));
    }

    @Test
    void aYamlBombIsRefusedBeforeAnythingExpandsIt() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append("]\n");
        }
        Path file = temp.resolve("bomb.yaml");
        Files.writeString(file, bomb);
        long started = System.nanoTime();
        assertThatThrownBy(() -> ProvenanceDocuments.read(file)).isInstanceOfSatisfying(ManifestException.class,
                e -> assertThat(e.reason()).isEqualTo(ManifestException.Reason.UNSUPPORTED_YAML));
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
    }

    @Test
    void malformedAndDuplicateKeyJsonGetTheCodecsReasons() {
        assertThatThrownBy(() -> ProvenanceDocuments.read("{\"payloadType\": ".getBytes(StandardCharsets.UTF_8), "x"))
                .isInstanceOfSatisfying(ManifestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ManifestException.Reason.MALFORMED));
        assertThatThrownBy(() -> ProvenanceDocuments.read(
                "{\"payloadType\":\"a\",\"payload\":\"\",\"payload\":\"\"}".getBytes(StandardCharsets.UTF_8), "x"))
                .isInstanceOfSatisfying(ManifestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ManifestException.Reason.MALFORMED));
        assertThatThrownBy(() -> ProvenanceDocuments.read(
                "{\"payloadType\":\"a\",\"payload\":\"!!\",\"signatures\":[]}".getBytes(StandardCharsets.UTF_8), "x"))
                .isInstanceOf(EnvelopeException.class);
    }

    @Test
    void missingAndOversizedFilesAreRefused() throws Exception {
        assertThatThrownBy(() -> ProvenanceDocuments.read(temp.resolve("absent.json")))
                .isInstanceOfSatisfying(ManifestException.class,
                        e -> assertThat(e.reason()).isEqualTo(ManifestException.Reason.IO_ERROR));
        Path big = temp.resolve("big.json");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), ProvenanceFormat.MAX_DOCUMENT_BYTES);
        }
        assertThatThrownBy(() -> ProvenanceDocuments.read(big)).isInstanceOfSatisfying(ManifestException.class,
                e -> assertThat(e.reason()).isEqualTo(ManifestException.Reason.TOO_LARGE));
    }

    @Test
    void aLineageDirectoryOfEnvelopesIsRead() throws Exception {
        Manifest base = manifest("acme/base", "1");
        Path baseEnvelope = signed(base, "base");
        Manifest signedBase = ProvenanceDocuments.readManifestUnverified(
                (ProvenanceDocument.EnvelopeDocument) ProvenanceDocuments.read(baseEnvelope)).manifest();
        String baseId = dev.mlbom.canonical.ManifestIdentity.of(signedBase).toString();
        Manifest chat = Provenance.builder().model(m -> m.name("acme/chat").version("2"))
                .parent(LineageRelation.FINE_TUNE, "acme/base", "1", baseId).build();
        Path chatEnvelope = signed(chat, "chat");
        Path dir = Files.createDirectories(temp.resolve("lineage"));
        Files.copy(baseEnvelope, dir.resolve("base.mlbom.json"));
        Files.copy(chatEnvelope, dir.resolve("chat.mlbom.json"));

        assertThatThrownBy(() -> LineageGraph.from(dev.mlbom.lineage.DirectorySource.of(dir)))
                .isInstanceOfSatisfying(LineageException.class, e -> assertThat(e.getMessage())
                        .contains("skipped", "base.mlbom.json"));

        LineageGraph graph = LineageGraph.from(LineageSources.directoryReadingEnvelopesUnverified(dir));
        LineageNode chatNode = graph.model("acme/chat", "2").orElseThrow();
        assertThat(graph.ancestors(chatNode)).extracting(LineageNode::coordinates).containsExactly("acme/base@1");
        assertThat(graph.integrity().isClean()).isTrue();
        assertThat(graph.entry(chatNode).orElseThrow().origin()).endsWith("chat.mlbom.json");
    }
}
