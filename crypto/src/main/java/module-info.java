/**
 * mlbom crypto: the built-in signers and verifiers on BouncyCastle, key generation, and PEM key
 * and certificate files. BouncyCastle is used directly, never registered as a global provider.
 */
module dev.mlbom.crypto {
    requires transitive dev.mlbom.api;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    exports dev.mlbom.crypto;
}
