package dev.mlbom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.canonical.ManifestIdentity;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.Manifest;
import dev.mlbom.testing.ManifestGenerator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripProperties {

    @Provide
    Arbitrary<Manifest> manifests() {
        return ManifestGenerator.manifests();
    }

    @Property(tries = 200)
    void jsonRoundTrips(@ForAll("manifests") Manifest manifest) throws Exception {
        byte[] written = ManifestCodec.json().write(manifest);
        Manifest read = ManifestCodec.json().read(written);
        assertThat(read).isEqualTo(manifest);
        assertThat(ManifestCodec.json().write(read)).isEqualTo(written);
    }

    @Property(tries = 200)
    void yamlRoundTrips(@ForAll("manifests") Manifest manifest) throws Exception {
        byte[] written = ManifestCodec.yaml().write(manifest);
        Manifest read = ManifestCodec.yaml().read(written);
        assertThat(read).isEqualTo(manifest);
        assertThat(ManifestCodec.yaml().write(read)).isEqualTo(written);
    }

    @Property(tries = 200)
    void jacksonTreeRoundTrips(@ForAll("manifests") Manifest manifest) throws Exception {
        assertThat(JacksonTrees.fromTree(ManifestCodec.json(), JacksonTrees.toTree(manifest))).isEqualTo(manifest);
    }

    /**
     * The public tree is a {@link JsonValue}, whose numbers are doubles as in RFC 8785: integers
     * beyond 2^53 (e.g. a dataset's byte count) come back as the nearest double, so the manifest
     * that comes back has the same identity and canonical bytes, and is equal whenever its
     * integers are exact doubles.
     */
    @Property(tries = 200)
    void treeRoundTrips(@ForAll("manifests") Manifest manifest) throws Exception {
        JsonValue tree = ManifestCodec.json().toTree(manifest);
        Manifest back = ManifestCodec.json().fromTree(tree);
        assertThat(ManifestIdentity.canonicalBytes(ManifestCodec.json().toTree(back)))
                .isEqualTo(ManifestIdentity.canonicalBytes(tree));
        assertThat(ManifestIdentity.of(back)).isEqualTo(ManifestIdentity.of(manifest));
        assertThat(ManifestCodec.json().toTree(back)).isEqualTo(tree);
        boolean exact = !new String(ManifestCodec.json().write(manifest), java.nio.charset.StandardCharsets.UTF_8)
                .matches("(?s).*[^0-9.eE+-][0-9]{16,}.*");
        if (exact) {
            assertThat(back).isEqualTo(manifest);
        }
    }
}
