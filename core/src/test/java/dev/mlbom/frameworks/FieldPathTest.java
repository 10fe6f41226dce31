package dev.mlbom.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.model.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FieldPathTest {

    static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void populatedMeansPresentAndNotEmpty() throws Exception {
        JsonValue tree = JacksonTrees.toValue(json("{\"a\":{\"b\":\"x\",\"e\":\"\",\"n\":null,\"l\":[],\"o\":{},\"f\":false,\"z\":0},"
                + "\"d\":[{\"c\":\"obtained\"},{\"k\":[]}],\"empty\":[]}"));
        assertThat(new FieldPath("/a/b").isPopulatedIn(tree)).isTrue();
        assertThat(new FieldPath("/a/f").isPopulatedIn(tree)).isTrue();
        assertThat(new FieldPath("/a/z").isPopulatedIn(tree)).isTrue();
        assertThat(new FieldPath("/a/e").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/a/n").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/a/l").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/a/o").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/a/missing").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/d[]/c").isPopulatedIn(tree)).isTrue();
        assertThat(new FieldPath("/d[]/k").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/d[]").isPopulatedIn(tree)).isTrue();
        assertThat(new FieldPath("/empty[]").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/a[]/b").isPopulatedIn(tree)).isFalse();
    }

    @Test
    void malformedPathsAreRejected() {
        for (String bad : new String[] {"", "datasets", "/datasets[", "/a//b", "/a/b/", "/a[]x"}) {
            assertThatThrownBy(() -> new FieldPath(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
