package dev.mlbom.crypto;

import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.spi.Signer;
import dev.mlbom.tck.SignerContractTest;
import java.util.Optional;

/** The vendor contract, run against the built-in RSA_PSS_SHA256 signer. */
class BuiltinRsaPssSignerTest extends SignerContractTest {

    private final KeyPairHandle key = TestKeys.get(SignatureAlgorithm.RSA_PSS_SHA256);

    @Override
    protected Signer createSigner() {
        return key.signer();
    }

    @Override
    protected SignatureVerifier verifierFor(Signer signer) throws Exception {
        return PublicKeyHandle.fromPem(key.publicKey().toPem()).verifier(signer.algorithm());
    }

    @Override
    protected SignatureVerifier otherKeyVerifier(SignatureAlgorithm algorithm) throws Exception {
        try (var in = getClass().getResourceAsStream("/keys/rsa3072-other-test-only.pem")) {
            return KeyPairHandle.fromPem(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII))
                    .publicKey().verifier();
        }
    }

    @Override
    protected Optional<byte[]> publicKeySpki(Signer signer) {
        return Optional.of(key.publicKey().spki());
    }
}
