package dev.mlbom.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.internal.Codes;
import dev.mlbom.model.ComponentKind;
import dev.mlbom.model.ConsentStatus;
import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.DatasetSourceType;
import dev.mlbom.model.HashAlgorithm;
import dev.mlbom.model.License;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ModelSourceType;
import dev.mlbom.model.TrainingProcedure;
import dev.mlbom.schema.CompletenessReport;
import dev.mlbom.schema.Profiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator reaches every variant, so the round-trip properties cover the whole model. */
class ManifestGeneratorTest {

    @Test
    void coversEveryEnumConstantAndVariant() {
        Random random = new Random(42);
        Set<String> seen = new HashSet<>();
        List<Manifest> manifests = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            manifests.add(ManifestGenerator.generate(random));
        }
        for (Manifest m : manifests) {
            m.model().source().ifPresent(s -> seen.add("source:" + Codes.id(s.type())));
            m.model().license().ifPresent(l -> seen.add("license:" + (l instanceof License.Spdx ? "spdx" : "named")));
            m.model().artifacts().forEach(a -> seen.add("artifact:" + (a.sharded() ? "sharded" : "whole")));
            m.model().artifacts().stream().flatMap(a -> a.sharded() ? a.shards().get(0).digests().stream()
                    : a.digests().stream()).forEach(d -> seen.add("hash:" + d.algorithm().id()));
            m.datasets().forEach(d -> {
                seen.add("role:" + Codes.id(d.role()));
                d.sourceType().ifPresent(t -> seen.add("sourceType:" + Codes.id(t)));
                d.consent().ifPresent(c -> seen.add("consent:" + Codes.id(c)));
                d.roleOther().ifPresent(t -> seen.add("roleOther"));
            });
            m.training().ifPresent(t -> seen.add("procedure:" + Codes.id(t.procedure())));
            m.dependencies().forEach(d -> seen.add("kind:" + Codes.id(d.kind())));
            m.lineage().parents().forEach(p -> seen.add("relation:" + Codes.id(p.relation())));
            if (m.training().isEmpty() && m.datasets().isEmpty() && m.extensions().isEmpty()) {
                seen.add("sparse");
            }
            if (!m.extensions().isEmpty()) {
                seen.add("extensions");
            }
        }
        List<String> expected = new ArrayList<>(List.of("license:spdx", "license:named", "artifact:sharded",
                "artifact:whole", "roleOther", "sparse", "extensions"));
        addAll(expected, "source:", ModelSourceType.class);
        addAll(expected, "role:", DatasetRole.class);
        addAll(expected, "sourceType:", DatasetSourceType.class);
        addAll(expected, "consent:", ConsentStatus.class);
        addAll(expected, "procedure:", TrainingProcedure.class);
        addAll(expected, "kind:", ComponentKind.class);
        addAll(expected, "relation:", LineageRelation.class);
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            expected.add("hash:" + algorithm.id());
        }
        assertThat(seen).containsAll(expected);
    }

    @Test
    void aFullyPopulatedManifestMeetsTheCompleteProfile() {
        Random random = new Random(7);
        int dense = 0;
        for (int i = 0; i < 200 && dense < 5; i++) {
            Manifest m = ManifestGenerator.generate(random);
            boolean full = m.training().isPresent() && m.evaluation().isPresent() && m.operations().isPresent()
                    && !m.events().isEmpty() && !m.dependencies().isEmpty() && !m.lineage().parents().isEmpty()
                    && m.model().source().isPresent() && !m.model().restrictions().isEmpty()
                    && m.model().artifacts().stream().allMatch(a -> a.path() != null)
                    && m.training().get().code().flatMap(c -> c.commit()).isPresent();
            if (!full) {
                continue;
            }
            dev.mlbom.model.JsonValue tree = ManifestCodec.json().toTree(m);
            CompletenessReport minimum = Profiles.minimum().check(tree);
            CompletenessReport complete = Profiles.complete().check(tree);
            if (complete.isComplete()) {
                assertThat(minimum.isComplete()).isTrue();
                dense++;
            }
        }
        assertThat(dense).as("fully populated manifests meet the complete profile").isPositive();
    }

    private static <E extends Enum<E>> void addAll(List<String> out, String prefix, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            out.add(prefix + Codes.id(constant));
        }
    }
}
