package dev.mlbom.crypto;

import dev.mlbom.crypto.internal.PemCodec;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes X.509 certificates and chains in PEM. Loading does not validate anything
 * beyond the encoding; path validation belongs to the trust policy. Stateless and thread-safe.
 */
public final class Certificates {

    private Certificates() {
    }

    /**
     * Reads one or more certificates, in the order given (a chain is leaf first).
     *
     * @param pem PEM text with one or more {@code CERTIFICATE} blocks and no other blocks
     * @return the certificates; never empty
     * @throws KeyException MALFORMED_PEM when there is no certificate, another block, or a
     *     malformed certificate
     */
    public static List<X509Certificate> fromPem(String pem) throws KeyException {
        return PemCodec.readCertificates(Objects.requireNonNull(pem, "pem"), "PEM text");
    }

    /**
     * Writes certificates as concatenated PEM blocks.
     *
     * @param certificates the certificates, in order
     * @return the PEM text
     */
    public static String toPem(List<X509Certificate> certificates) {
        StringBuilder out = new StringBuilder();
        for (X509Certificate certificate : certificates) {
            try {
                out.append(PemCodec.writeCertificate(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("certificate cannot be encoded", e);
            }
        }
        return out.toString();
    }
}
