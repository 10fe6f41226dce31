package dev.mlbom.dsse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.testkeys.TestKeys;
import dev.mlbom.spi.InvalidSignatureException;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.spi.Signer;
import dev.mlbom.spi.SigningException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DsseTest {

    private static final byte[] PAYLOAD = "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8);

    private static List<KeyPairHandle> allKeys() {
        return SignatureAlgorithm.knownAlgorithms().stream().map(TestKeys::get).toList();
    }

    @Test
    void signsWithEverySignerAndEveryTrustedKeyVerifies() throws Exception {
        List<KeyPairHandle> keys = allKeys();
        Envelope envelope = Dsse.sign(Statement.PAYLOAD_TYPE, PAYLOAD, keys.stream().map(KeyPairHandle::signer).toList());
        assertThat(envelope.signatures()).extracting(EnvelopeSignature::keyid)
                .containsExactlyElementsOf(keys.stream().map(KeyPairHandle::keyId).toList());
        Envelope reread = EnvelopeJson.strict().read(EnvelopeJson.strict().write(envelope));
        DsseVerification result = Dsse.verify(reread, keys.stream().map(k -> k.publicKey().verifier()).toList());
        assertThat(result.verifiedKeyIds()).containsExactlyElementsOf(keys.stream().map(KeyPairHandle::keyId).toList());
        assertThat(result.unknownKeyIds()).isEmpty();
        assertThat(result.rejected()).isEmpty();
        assertThat(result.anyVerified()).isTrue();
    }

    @Test
    void signaturesFromUntrustedKeysAreReportedAsUnknown() throws Exception {
        KeyPairHandle a = TestKeys.get(SignatureAlgorithm.ED25519);
        KeyPairHandle b = TestKeys.get(SignatureAlgorithm.ECDSA_P256_SHA256);
        Envelope envelope = Dsse.sign("t", PAYLOAD, List.of(a.signer(), b.signer()));
        DsseVerification result = Dsse.verify(envelope, List.of(b.publicKey().verifier()));
        assertThat(result.verifiedKeyIds()).containsExactly(b.keyId());
        assertThat(result.unknownKeyIds()).containsExactly(a.keyId());
        DsseVerification none = Dsse.verify(envelope, List.of());
        assertThat(none.anyVerified()).isFalse();
        assertThat(none.unknownKeyIds()).containsExactly(a.keyId(), b.keyId());
    }

    @Test
    void aTamperedPayloadIsRejectedForEveryKey() throws Exception {
        List<KeyPairHandle> keys = allKeys();
        Envelope envelope = Dsse.sign("t", PAYLOAD, keys.stream().map(KeyPairHandle::signer).toList());
        byte[] changed = envelope.payload();
        changed[0] ^= 1;
        Envelope tampered = new Envelope("t", changed, envelope.signatures());
        DsseVerification result = Dsse.verify(tampered, keys.stream().map(k -> k.publicKey().verifier()).toList());
        assertThat(result.verifiedKeyIds()).isEmpty();
        assertThat(result.rejected()).hasSize(keys.size()).allSatisfy(r ->
                assertThat(r.reason()).isEqualTo(InvalidSignatureException.Reason.SIGNATURE_INVALID));
        Envelope otherType = new Envelope("u", envelope.payload(), envelope.signatures());
        assertThat(Dsse.verify(otherType, keys.stream().map(k -> k.publicKey().verifier()).toList()).anyVerified()).isFalse();
    }

    @Test
    void aSignatureWithoutKeyIdIsTriedAgainstEveryKeyAndAWrongHintDoesNotHelp() throws Exception {
        KeyPairHandle a = TestKeys.get(SignatureAlgorithm.ED25519);
        KeyPairHandle b = TestKeys.get(SignatureAlgorithm.ECDSA_P384_SHA384);
        byte[] sig = b.signer().sign(Pae.encode("t", PAYLOAD)).signature();
        List<SignatureVerifier> trusted = List.of(a.publicKey().verifier(), b.publicKey().verifier());

        Envelope noHint = new Envelope("t", PAYLOAD, List.of(new EnvelopeSignature("", sig)));
        assertThat(Dsse.verify(noHint, trusted).verifiedKeyIds()).containsExactly(b.keyId());

        Envelope wrongHint = new Envelope("t", PAYLOAD, List.of(new EnvelopeSignature(a.keyId(), sig)));
        DsseVerification result = Dsse.verify(wrongHint, trusted);
        assertThat(result.verifiedKeyIds()).isEmpty();
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.index()).isZero();
            assertThat(r.keyid()).isEqualTo(a.keyId());
        });
    }

    @Test
    void twoSignaturesByTheSameKeyCountOnce() throws Exception {
        KeyPairHandle a = TestKeys.get(SignatureAlgorithm.ED25519);
        Envelope envelope = Dsse.sign("t", PAYLOAD, List.of(a.signer(), a.signer()));
        assertThat(Dsse.verify(envelope, List.of(a.publicKey().verifier())).verifiedKeyIds()).containsExactly(a.keyId());
    }

    @Test
    void aFailingSignerFailsTheWholeSigning() {
        Signer broken = new Signer() {
            @Override
            public String keyId() {
                return "broken";
            }

            @Override
            public SignatureAlgorithm algorithm() {
                return SignatureAlgorithm.ED25519;
            }

            @Override
            public dev.mlbom.spi.SignatureResult sign(byte[] data) throws SigningException {
                throw new SigningException(SigningException.Reason.KEY_UNAVAILABLE, "token removed");
            }
        };
        assertThatThrownBy(() -> Dsse.sign("t", PAYLOAD, List.of(TestKeys.get(SignatureAlgorithm.ED25519).signer(), broken)))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.reason()).isEqualTo(SigningException.Reason.KEY_UNAVAILABLE));
        assertThatThrownBy(() -> Dsse.sign("t", PAYLOAD, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 50)
    void anyOneByteChangeBreaksTheSignature(@ForAll @Size(max = 200) byte[] payload, @ForAll @IntRange(min = 0, max = 1000) int where,
            @ForAll @IntRange(min = 1, max = 255) int xor) throws Exception {
        KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ED25519);
        Envelope envelope = Dsse.sign("t", payload, List.of(key.signer()));
        List<SignatureVerifier> trusted = List.of(key.publicKey().verifier());
        assertThat(Dsse.verify(envelope, trusted).verifiedKeyIds()).containsExactly(key.keyId());
        byte[] pae = envelope.pae();
        int at = where % (payload.length + 1);
        if (at < payload.length) {
            byte[] changed = payload.clone();
            changed[at] ^= (byte) xor;
            assertThat(Dsse.verify(new Envelope("t", changed, envelope.signatures()), trusted).anyVerified()).isFalse();
        } else {
            byte[] sig = envelope.signatures().get(0).sig();
            sig[where % sig.length] ^= (byte) xor;
            assertThatThrownBy(() -> key.publicKey().verifier().verify(sig, pae)).isInstanceOf(InvalidSignatureException.class);
        }
    }
}
