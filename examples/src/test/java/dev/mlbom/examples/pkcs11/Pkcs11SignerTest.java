package dev.mlbom.examples.pkcs11;

import dev.mlbom.crypto.PublicKeyHandle;
import dev.mlbom.spi.ProviderConfig;
import dev.mlbom.spi.Providers;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.spi.Signer;
import dev.mlbom.tck.SignerContractTest;
import java.util.Optional;

/**
 * The vendor contract, run against the PKCS#11 signer on a real SoftHSM2 token, found through
 * opt-in discovery and verified with mlbom's built-in ECDSA verifier from the token's public key.
 */
class Pkcs11SignerTest extends SignerContractTest {

    @Override
    protected Signer createSigner() throws Exception {
        SoftHsmToken token = SoftHsmToken.get();
        return Providers.discoverSigners(getClass().getClassLoader()).get("pkcs11").create(ProviderConfig.of(
                "library", SoftHsmToken.LIBRARY, "slot", token.slot, "keyLabel", SoftHsmToken.LABEL,
                "pinFile", token.pinFile.toString()));
    }

    @Override
    protected SignatureVerifier verifierFor(Signer signer) throws Exception {
        return PublicKeyHandle.fromSpki(SoftHsmToken.get().spki).verifier(signer.algorithm());
    }

    @Override
    protected Optional<byte[]> publicKeySpki(Signer signer) throws Exception {
        return Optional.of(SoftHsmToken.get().spki);
    }
}
