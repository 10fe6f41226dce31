/**
 * mlbom json: a manifest's bytes. The strict JSON/YAML codec, the RFC 8785 canonicalizer and
 * manifest identity, and the manifest JSON Schema (draft 2020-12) with required-field profiles.
 */
module dev.mlbom.json {
    requires transitive dev.mlbom.api;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires com.networknt.schema;
    requires org.slf4j;

    exports dev.mlbom.codec;
    exports dev.mlbom.canonical;
    exports dev.mlbom.schema;
    // the Jackson bridge: Jackson-typed operations for mlbom's own modules only, not API
    exports dev.mlbom.jackson to
            dev.mlbom.core,
            dev.mlbom.envelope,
            dev.mlbom.provenance;
}
