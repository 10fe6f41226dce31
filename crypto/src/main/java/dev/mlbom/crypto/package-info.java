/**
 * Built-in keys, signers and verifiers on BouncyCastle: Ed25519, ECDSA P-256/SHA-256,
 * P-384/SHA-384 and P-521/SHA-512, RSA-PSS (SHA-256, MGF1-SHA-256, 32-byte salt, keys of 3072 bits
 * and up), and ML-DSA-44/65/87 (FIPS 204, pure, empty context, hedged signing).
 *
 * <p>The key fixes the algorithm. A {@link dev.mlbom.crypto.KeyPairHandle} makes
 * {@link dev.mlbom.spi.Signer}s, a {@link dev.mlbom.crypto.PublicKeyHandle} makes
 * {@link dev.mlbom.spi.SignatureVerifier}s; both read and write PEM (PKCS#8, optionally
 * password-encrypted with PBES2, and SPKI), and {@link dev.mlbom.crypto.KeyFiles} reads and writes
 * key and certificate files atomically. Key ids are the hex SHA-256 of the SPKI DER
 * ({@link dev.mlbom.crypto.KeyIds}). Problems with keys are {@link dev.mlbom.crypto.KeyException}s
 * with a reason code.
 *
 * <pre>{@code
 * KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ECDSA_P256_SHA256);
 * KeyFiles.writeEncryptedPrivateKey(Path.of("release.key"), key, password);
 * KeyFiles.writePublicKey(Path.of("release.pub"), key.publicKey());
 *
 * byte[] sig = key.signer().sign(data);
 * KeyFiles.readPublicKey(Path.of("release.pub")).verifier(SignatureAlgorithm.ECDSA_P256_SHA256).verify(sig, data);
 * }</pre>
 *
 * <p>BouncyCastle is used through its lightweight API, and its JCA provider only as an instance
 * passed explicitly; mlbom never calls {@code Security.addProvider}.
 */
package dev.mlbom.crypto;
