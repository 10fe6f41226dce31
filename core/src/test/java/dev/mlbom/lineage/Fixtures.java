package dev.mlbom.lineage;

import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.ManifestId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Consumer;

/** Manifests for lineage tests; ids are stand-ins computed from the record's text. */
final class Fixtures {
    private Fixtures() {
    }

    /** A stand-in identity for tests that do not exercise canonical JSON: SHA-256 of the record's toString. */
    static final ManifestIdentifier TEST_IDS = m -> fakeId(m.toString());

    static ManifestId fakeId(String text) {
        try {
            return ManifestId.ofSha256(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static Manifest manifest(String name, String version, Consumer<Manifest.Builder> more) {
        Manifest.Builder builder = Manifest.builder().model(m -> m.name(name).version(version));
        more.accept(builder);
        try {
            return builder.build();
        } catch (ManifestException e) {
            throw new AssertionError(e);
        }
    }

    static Manifest base(String name, String version) {
        return manifest(name, version, b -> { });
    }

    static Manifest child(String name, String version, LineageRelation relation, Manifest parent) throws Exception {
        return manifest(name, version, b -> b.parent(relation, parent.model().name(), parent.model().version(),
                idOf(parent).value()));
    }

    static ManifestId idOf(Manifest manifest) {
        try {
            return TEST_IDS.idOf(manifest);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Consumer<Manifest.Builder> data(String name, String version, DatasetRole role) {
        return b -> b.dataset(d -> d.name(name).version(version).role(role));
    }
}
