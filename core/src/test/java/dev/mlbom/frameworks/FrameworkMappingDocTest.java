package dev.mlbom.frameworks;

import dev.mlbom.fixtures.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/framework-mapping.md is generated from the mapping data; this fails when it is out of date. */
class FrameworkMappingDocTest {

    @Test
    void publishedMappingMatchesTheData() throws Exception {
        Golden.check(Path.of("..", "docs", "framework-mapping.md"), MappingDocument.markdown(EvidenceMapping.builtIn()));
    }
}
