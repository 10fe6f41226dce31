/**
 * mlbom core: the JSON/YAML codec, the RFC 8785 canonicalizer, artifact hashing, lineage graphs,
 * framework coverage and manifest diff.
 */
module dev.mlbom.core {
    requires transitive dev.mlbom.api;
    requires transitive dev.mlbom.schema;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.slf4j;
    requires org.bouncycastle.provider;

    exports dev.mlbom.codec;
    exports dev.mlbom.canonical;
    exports dev.mlbom.hash;
    exports dev.mlbom.io;
    exports dev.mlbom.lineage;
    exports dev.mlbom.frameworks;
    exports dev.mlbom.diff;
}
