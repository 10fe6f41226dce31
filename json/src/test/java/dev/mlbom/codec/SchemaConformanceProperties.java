package dev.mlbom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.model.Manifest;
import dev.mlbom.schema.ManifestSchema;
import dev.mlbom.testing.ManifestGenerator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the codec writes validates against the shipped JSON Schema. */
class SchemaConformanceProperties {

    @Provide
    Arbitrary<Manifest> manifests() {
        return ManifestGenerator.manifests();
    }

    @Property(tries = 200)
    void everyWrittenManifestValidates(@ForAll("manifests") Manifest manifest) {
        assertThat(ManifestSchema.v1().validate(ManifestCodec.json().toTree(manifest)).violations()).isEmpty();
    }
}
