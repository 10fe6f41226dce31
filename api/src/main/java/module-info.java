/**
 * mlbom's public API: the provenance manifest model, {@code Provenance.builder()}, the exceptions
 * with reason codes, and the service-provider interfaces that signer vendors implement.
 *
 * <p>Depends on the JDK only.
 */
module dev.mlbom.api {
    exports dev.mlbom;
    exports dev.mlbom.error;
    exports dev.mlbom.model;
    exports dev.mlbom.spi;

    uses dev.mlbom.spi.SignerProvider;
    uses dev.mlbom.spi.VerifierProvider;
}
