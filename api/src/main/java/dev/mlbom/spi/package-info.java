/**
 * Service-provider interfaces that vendors implement (KMS, HSM, Sigstore): {@code Signer}, {@code SignatureVerifier} and their provider factories.
 */
package dev.mlbom.spi;
