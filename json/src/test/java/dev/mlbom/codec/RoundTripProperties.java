package dev.mlbom.codec;

import static org.assertj.core.api.Assertions.assertThat;

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
    void treeRoundTrips(@ForAll("manifests") Manifest manifest) throws Exception {
        assertThat(ManifestCodec.json().fromTree(ManifestCodec.json().toTree(manifest))).isEqualTo(manifest);
    }
}
