package dev.mlbom.dsse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.crypto.internal.EcdsaEncoding;
import dev.mlbom.crypto.internal.EcdsaSignatures;
import dev.mlbom.crypto.internal.Primitives;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.Test;

/**
 * The test vector of the DSSE protocol specification (secure-systems-lab/dsse, protocol.md):
 * ECDSA P-256 / SHA-256 with RFC 6979 nonces, signature as raw r||s.
 */
class DsseSpecVectorTest {

    private static final BigInteger X = new BigInteger(
            "46950820868899156662930047687818585632848591499744589407958293238635476079160");
    private static final BigInteger Y = new BigInteger(
            "5640078356564379163099075877009565129882514886557779369047442380624545832820");
    private static final BigInteger D = new BigInteger(
            "97358161215184420915383655311931858321456579547487070936769975997791359926199");
    private static final String ENVELOPE = "{\"payload\": \"aGVsbG8gd29ybGQ=\",\n"
            + " \"payloadType\": \"http://example.com/HelloWorld\",\n"
            + " \"signatures\": [{\"sig\": \"A3JqsQGtVsJ2O2xqrI5IcnXip5GToJ3F+FnZ+O88SjtR6rDAajabZKciJTfUiHqJPcIAriEGAHTVeCUjW2JIZA==\"}]}";

    private static ECPrivateKeyParameters privateKey() {
        var oid = SECObjectIdentifiers.secp256r1;
        return new ECPrivateKeyParameters(D, new ECNamedDomainParameters(oid, ECNamedCurveTable.getByOID(oid)));
    }

    @Test
    void theSpecEnvelopeParsesAndItsP1363SignatureVerifies() throws Exception {
        Envelope envelope = EnvelopeJson.strict().read(ENVELOPE.getBytes(StandardCharsets.UTF_8));
        assertThat(envelope.payloadType()).isEqualTo("http://example.com/HelloWorld");
        assertThat(new String(envelope.payload(), StandardCharsets.UTF_8)).isEqualTo("hello world");
        assertThat(envelope.signatures()).singleElement().satisfies(s -> assertThat(s.keyIdHint()).isEmpty());
        assertThat(new String(envelope.pae(), StandardCharsets.UTF_8))
                .isEqualTo("DSSEv1 29 http://example.com/HelloWorld 11 hello world");

        var params = privateKey().getParameters();
        var q = params.getCurve().createPoint(X, Y);
        assertThat(params.getG().multiply(D).normalize()).isEqualTo(q);
        Primitives.ecdsa(new ECPublicKeyParameters(q, params), SHA256Digest::new, EcdsaEncoding.P1363)
                .verify(envelope.signatures().get(0).sig(), envelope.pae());
    }

    @Test
    void mlbomSignsTheSameRfc6979SignatureInDerAndVerifiesIt() throws Exception {
        StringWriter pem = new StringWriter();
        try (PemWriter writer = new PemWriter(pem)) {
            writer.writeObject(new PemObject("PRIVATE KEY", PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey()).getEncoded()));
        }
        KeyPairHandle key = KeyPairHandle.fromPem(pem.toString());
        Envelope ours = Dsse.sign("http://example.com/HelloWorld", "hello world".getBytes(StandardCharsets.UTF_8),
                List.of(key.signer()));

        byte[] specSig = Base64.getDecoder().decode(
                "A3JqsQGtVsJ2O2xqrI5IcnXip5GToJ3F+FnZ+O88SjtR6rDAajabZKciJTfUiHqJPcIAriEGAHTVeCUjW2JIZA==");
        BigInteger[] rs = EcdsaSignatures.decodeP1363(specSig, 32);
        assertThat(ours.signatures().get(0).sig()).isEqualTo(EcdsaSignatures.encodeDer(rs[0], rs[1]));

        Envelope specAsDer = new Envelope(ours.payloadType(), ours.payload(),
                List.of(new EnvelopeSignature("", EcdsaSignatures.encodeDer(rs[0], rs[1]))));
        DsseVerification result = Dsse.verify(specAsDer, List.of(key.publicKey().verifier()));
        assertThat(result.verifiedKeyIds()).containsExactly(key.keyId());
    }
}
