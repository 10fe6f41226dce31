/**
 * mlbom core: analysis over manifests. Parallel artifact hashing, lineage graphs, framework
 * coverage and manifest diff.
 */
module dev.mlbom.core {
    requires transitive dev.mlbom.api;
    requires transitive dev.mlbom.json;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires org.bouncycastle.provider;

    exports dev.mlbom.hash;
    exports dev.mlbom.lineage;
    exports dev.mlbom.frameworks;
    exports dev.mlbom.diff;
}
