/**
 * Built-in signature algorithms on BouncyCastle (Ed25519, ECDSA P-256/P-384, RSA-PSS), key generation, PEM key and certificate loading, and key ids.
 */
package dev.mlbom.crypto;
