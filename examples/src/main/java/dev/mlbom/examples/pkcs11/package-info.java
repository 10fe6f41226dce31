/**
 * Example signer vendor: an mlbom {@link dev.mlbom.spi.Signer} whose private key never leaves a
 * PKCS#11 token (an HSM, a smart card, SoftHSM), through the JDK's SunPKCS11 provider.
 * Registered for opt-in discovery under the name {@code pkcs11}.
 */
package dev.mlbom.examples.pkcs11;
