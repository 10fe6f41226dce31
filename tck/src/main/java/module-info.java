/**
 * mlbom TCK: contract tests a vendor runs (JUnit 5) against its {@code Signer} and
 * {@code SignatureVerifier} implementations.
 */
module dev.mlbom.tck {
    requires transitive dev.mlbom.api;
    requires dev.mlbom.crypto;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;

    exports dev.mlbom.tck;
}
