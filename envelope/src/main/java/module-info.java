/**
 * mlbom envelope: DSSE envelopes over in-toto Statements v1 with canonical (RFC 8785) payloads.
 * No cryptography library: keys come through the {@code dev.mlbom.spi} interfaces.
 */
module dev.mlbom.envelope {
    requires transitive dev.mlbom.api;
    requires transitive dev.mlbom.json;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports dev.mlbom.dsse;
    // statement decoding with the predicate as a Jackson tree, for the verifier only; not API
    exports dev.mlbom.dsse.jackson to dev.mlbom.provenance;
}
