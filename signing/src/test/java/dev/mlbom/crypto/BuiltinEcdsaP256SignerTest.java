package dev.mlbom.crypto;

import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.spi.Signer;
import dev.mlbom.tck.SignerContractTest;
import java.util.Optional;

/** The vendor contract, run against the built-in ECDSA_P256_SHA256 signer. */
class BuiltinEcdsaP256SignerTest extends SignerContractTest {

    private final KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ECDSA_P256_SHA256);

    @Override
    protected Signer createSigner() {
        return key.signer();
    }

    @Override
    protected SignatureVerifier verifierFor(Signer signer) throws Exception {
        return PublicKeyHandle.fromPem(key.publicKey().toPem()).verifier(signer.algorithm());
    }

    @Override
    protected Optional<byte[]> publicKeySpki(Signer signer) {
        return Optional.of(key.publicKey().spki());
    }
}
