package dev.mlbom.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.spi.InvalidSignatureException;
import java.math.BigInteger;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class EcdsaSignaturesProperties {

    private static BigInteger positive(byte[] bytes) {
        BigInteger v = new BigInteger(1, bytes);
        return v.signum() == 0 ? BigInteger.ONE : v;
    }

    @Property(tries = 300)
    void derRoundTrips(@ForAll @Size(min = 1, max = 48) byte[] rBytes, @ForAll @Size(min = 1, max = 48) byte[] sBytes)
            throws InvalidSignatureException {
        BigInteger r = positive(rBytes);
        BigInteger s = positive(sBytes);
        BigInteger[] decoded = EcdsaSignatures.decodeDer(EcdsaSignatures.encodeDer(r, s), 49);
        assertThat(decoded).containsExactly(r, s);
    }

    @Property(tries = 300)
    void p1363RoundTrips(@ForAll @Size(min = 1, max = 32) byte[] rBytes, @ForAll @Size(min = 1, max = 32) byte[] sBytes)
            throws InvalidSignatureException {
        BigInteger r = positive(rBytes);
        BigInteger s = positive(sBytes);
        assertThat(EcdsaSignatures.decodeP1363(EcdsaSignatures.encodeP1363(r, s, 32), 32)).containsExactly(r, s);
    }

    @Property(tries = 300)
    void arbitraryBytesAreEitherTheOneEncodingOrRejected(@ForAll @Size(max = 120) byte[] junk) {
        try {
            BigInteger[] rs = EcdsaSignatures.decodeDer(junk, 49);
            assertThat(EcdsaSignatures.encodeDer(rs[0], rs[1])).isEqualTo(junk);
        } catch (InvalidSignatureException e) {
            assertThat(e.reason()).isEqualTo(InvalidSignatureException.Reason.MALFORMED);
        }
    }

    @Property(tries = 300)
    void anyOneByteChangeToAValidEncodingIsRejectedOrStillCanonical(@ForAll @Size(min = 1, max = 32) byte[] rBytes,
            @ForAll @Size(min = 1, max = 32) byte[] sBytes, @ForAll @IntRange(min = 0, max = 200) int at,
            @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] der = EcdsaSignatures.encodeDer(positive(rBytes), positive(sBytes));
        byte[] changed = Arrays.copyOf(der, der.length);
        changed[at % der.length] ^= (byte) xor;
        try {
            BigInteger[] rs = EcdsaSignatures.decodeDer(changed, 49);
            assertThat(EcdsaSignatures.encodeDer(rs[0], rs[1])).isEqualTo(changed);
        } catch (InvalidSignatureException e) {
            assertThat(e.reason()).isEqualTo(InvalidSignatureException.Reason.MALFORMED);
        }
    }
}
