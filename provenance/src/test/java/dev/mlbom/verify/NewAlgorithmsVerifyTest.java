package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.dsse.Envelope;
import dev.mlbom.dsse.EnvelopeJson;
import dev.mlbom.dsse.EnvelopeSignature;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.sign.SignedProvenance;
import dev.mlbom.spi.SignatureAlgorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Models signed with ECDSA P-521 and ML-DSA keys verify through {@link Verifier}; a flipped byte does not. */
class NewAlgorithmsVerifyTest {

    @TempDir
    Path temp;

    static List<SignatureAlgorithm> algorithms() {
        return List.of(SignatureAlgorithm.ECDSA_P521_SHA512, SignatureAlgorithm.ML_DSA_44, SignatureAlgorithm.ML_DSA_65,
                SignatureAlgorithm.ML_DSA_87);
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void aSignedModelVerifiesAndAFlippedByteIsRefused(SignatureAlgorithm algorithm) throws Exception {
        KeyPairHandle key = KeyPairHandle.generate(algorithm);
        Path model = Fixtures.model(temp, "model");
        SignedProvenance signed = ProvenanceSigner.builder().signer(key.signer()).build()
                .sign(Fixtures.manifest("acme/model", "1.0"), model);
        Policy policy = Policy.builder().trust(key.publicKey().verifier(algorithm)).build();

        VerifiedProvenance verified = Verifier.verify(model, policy);
        assertThat(verified.manifestId()).isEqualTo(signed.manifestId());

        Path envelopeFile = signed.envelopePath();
        byte[] original = Files.readAllBytes(envelopeFile);
        Envelope envelope = EnvelopeJson.strict().read(original);
        EnvelopeSignature signature = envelope.signatures().get(0);
        byte[] sig = signature.sig();
        sig[sig.length / 2] ^= 0x01;
        Files.write(envelopeFile, EnvelopeJson.strict().write(new Envelope(envelope.payloadType(), envelope.payload(),
                List.of(new EnvelopeSignature(signature.keyid(), sig)))));
        assertThatThrownBy(() -> Verifier.verify(model, policy)).isInstanceOfSatisfying(VerificationException.class,
                e -> assertThat(e.reason()).isIn(VerificationException.Reason.SIGNATURE_INVALID,
                        VerificationException.Reason.THRESHOLD_NOT_MET));

        Files.write(envelopeFile, original);
        Verifier.verify(model, policy);
        Path weights = model.resolve("model.safetensors");
        byte[] bytes = Files.readAllBytes(weights);
        bytes[1234] ^= 0x01;
        Files.write(weights, bytes);
        assertThatThrownBy(() -> Verifier.verify(model, policy)).isInstanceOfSatisfying(VerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(VerificationException.Reason.ARTIFACT_DIGEST_MISMATCH));
    }
}
