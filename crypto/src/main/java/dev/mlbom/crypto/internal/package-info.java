/**
 * Implementation of {@code dev.mlbom.crypto}: BouncyCastle primitives, strict signature codecs,
 * key decoding with mlbom's key policy, PEM. Not API; never exported.
 */
package dev.mlbom.crypto.internal;
