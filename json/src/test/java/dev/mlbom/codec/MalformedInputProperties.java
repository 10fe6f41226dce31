package dev.mlbom.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.testing.ByteDamage;
import dev.mlbom.testing.ManifestGenerator;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Damaged documents (bytes overwritten, inserted or deleted; the document truncated) are rejected
 * with a ManifestException, never with anything else.
 */
class MalformedInputProperties {

    @Property(tries = 150)
    void damagedJsonIsRejectedCleanly(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int edits) {
        check(ManifestCodec.json(), seed, edits);
    }

    @Property(tries = 150)
    void damagedYamlIsRejectedCleanly(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int edits) {
        check(ManifestCodec.yaml(), seed, edits);
    }

    private static void check(ManifestCodec codec, long seed, int edits) {
        Random random = new Random(seed);
        byte[] bytes = ByteDamage.apply(codec.write(ManifestGenerator.generate(random)), random, edits);
        try {
            Manifest m = codec.read(bytes);
            assertThat(m).isNotNull();
        } catch (ManifestException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
