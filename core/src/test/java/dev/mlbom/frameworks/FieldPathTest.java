package dev.mlbom.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.model.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlbom.schema.RequiredField;
import org.junit.jupiter.api.Test;

/** One field-path language: the framework mapping's paths mean what a policy's required fields mean. */
class FieldPathTest {

    static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    static final String TREE = "{\"a\":{\"b\":\"x\",\"e\":\"\",\"w\":\"  \",\"n\":null,\"l\":[],\"o\":{},\"f\":false,"
            + "\"z\":0},\"d\":[{\"c\":\"obtained\"},{\"k\":[]}],\"all\":[{\"c\":\"a\"},{\"c\":\"b\"}],\"empty\":[]}";

    @Test
    void populatedMeansPresentAndNotEmpty() throws Exception {
        JsonValue tree = JacksonTrees.toValue(json(TREE));
        assertThat(new FieldPath("/a/b").isPopulatedIn(tree)).isTrue();
        assertThat(new FieldPath("/a/f").isPopulatedIn(tree)).isTrue();
        assertThat(new FieldPath("/a/z").isPopulatedIn(tree)).isTrue();
        assertThat(new FieldPath("/a/e").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/a/w").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/a/n").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/a/l").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/a/o").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/a/missing").isPopulatedIn(tree)).isFalse();
    }

    @Test
    void bracketsMeanEveryElementOfANonEmptyArrayAndStarMeansEveryElementIfAny() throws Exception {
        JsonValue tree = JacksonTrees.toValue(json(TREE));
        assertThat(new FieldPath("/all[]/c").isPopulatedIn(tree)).isTrue();
        assertThat(new FieldPath("/d[]/c").isPopulatedIn(tree)).as("one dataset lacks it").isFalse();
        assertThat(new FieldPath("/d[]").isPopulatedIn(tree)).isTrue();
        assertThat(new FieldPath("/empty[]").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/empty[*]/c").isPopulatedIn(tree)).isTrue();
        assertThat(new FieldPath("/missing[*]/c").isPopulatedIn(tree)).isTrue();
        assertThat(new FieldPath("/d[*]/c").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/a[]/b").isPopulatedIn(tree)).isFalse();
        assertThat(new FieldPath("/a/missing | /a/b").isPopulatedIn(tree)).isTrue();
    }

    @Test
    void bothUsersAcceptTheSamePathsAndGiveTheSameAnswers() throws Exception {
        JsonValue tree = JacksonTrees.toValue(json(TREE));
        for (String path : new String[] {"/a/b", "/a/e", "/d[]/c", "/all[]/c", "/d[]", "/empty[]", "/empty[*]/c",
            "/d[*]/k", "/a/missing | /a/b", "/a~1b"}) {
            assertThat(new FieldPath(path).isPopulatedIn(tree)).as(path)
                    .isEqualTo(new RequiredField(path, "x").isPresentIn(tree));
        }
    }

    @Test
    void malformedPathsAreRejectedByBoth() {
        for (String bad : new String[] {"", "datasets", "/datasets[", "/a//b", "/a/b/", "/a[]x", "/a[0]", "/ | /a"}) {
            assertThatThrownBy(() -> new FieldPath(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new RequiredField(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
