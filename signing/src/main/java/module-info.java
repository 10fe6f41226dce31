/**
 * mlbom signing: built-in BouncyCastle signers and verifiers, key loading, DSSE envelopes over
 * in-toto Statements, the signing entry point, and the {@code Verifier} gate with its policy.
 */
module dev.mlbom.signing {
    requires transitive dev.mlbom.api;
    requires transitive dev.mlbom.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.slf4j;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    exports dev.mlbom.crypto;
    exports dev.mlbom.dsse;
    exports dev.mlbom.sign;
    exports dev.mlbom.verify;
}
