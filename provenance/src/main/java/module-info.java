/**
 * mlbom provenance: the trust layer. {@code ProvenanceSigner} hashes a model, signs its manifest
 * and writes the envelope; the {@code Verifier} gate checks an envelope and a model against a
 * {@code Policy}.
 */
module dev.mlbom.provenance {
    requires transitive dev.mlbom.api;
    requires transitive dev.mlbom.json;
    requires transitive dev.mlbom.core;
    requires transitive dev.mlbom.envelope;
    requires transitive dev.mlbom.crypto;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports dev.mlbom.document;
    exports dev.mlbom.sign;
    exports dev.mlbom.verify;
}
