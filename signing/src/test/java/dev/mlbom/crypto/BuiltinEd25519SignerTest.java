package dev.mlbom.crypto;

import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.spi.Signer;
import dev.mlbom.tck.SignerContractTest;
import java.util.Optional;

/** The vendor contract, run against the built-in ED25519 signer. */
class BuiltinEd25519SignerTest extends SignerContractTest {

    private final KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ED25519);

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
