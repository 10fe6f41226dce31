/**
 * mlbom's public API: the provenance manifest model, {@code Provenance.builder()}, the exceptions
 * with reason codes, and the service-provider interfaces that signer vendors implement.
 *
 * <p>Depends on the JDK only. {@code dev.mlbom.internal} (hex, codes, atomic file writes) is
 * shared with mlbom's own modules only and is not API.
 */
module dev.mlbom.api {
    exports dev.mlbom;
    exports dev.mlbom.error;
    exports dev.mlbom.model;
    exports dev.mlbom.spi;
    exports dev.mlbom.internal to
            dev.mlbom.json,
            dev.mlbom.core,
            dev.mlbom.envelope,
            dev.mlbom.crypto,
            dev.mlbom.provenance;

    uses dev.mlbom.spi.SignerProvider;
    uses dev.mlbom.spi.VerifierProvider;
}
