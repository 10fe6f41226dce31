package dev.mlbom.crypto.internal;

import dev.mlbom.crypto.KeyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Reads and writes PEM: SPKI public keys, PKCS#8 private keys (plain or PBES2-encrypted; the
 * traditional OpenSSL unencrypted forms are read too), and X.509 certificates. Messages name the
 * source and never contain key material. Stateless and thread-safe.
 */
public final class PemCodec {

    /** PBKDF2 iterations used when encrypting a private key (OWASP 2023 figure for HMAC-SHA256). */
    public static final int PBKDF2_ITERATIONS = 600_000;
    /** The largest PBKDF2 iteration count accepted when reading (bounds the work a file can demand). */
    public static final int MAX_PBKDF2_ITERATIONS = 10_000_000;

    private PemCodec() {
    }

    /**
     * Reads one public key.
     *
     * @param text PEM text holding one "PUBLIC KEY" block
     * @param source where the text came from
     * @return the checked key
     * @throws KeyException MALFORMED_PEM, UNSUPPORTED_KEY or WEAK_KEY
     */
    public static PublicKeyParts readPublic(String text, String source) throws KeyException {
        List<PemObject> blocks = new ArrayList<>();
        try (PemReader reader = new PemReader(new StringReader(text))) {
            PemObject block;
            while ((block = reader.readPemObject()) != null) {
                blocks.add(block);
            }
        } catch (IOException | RuntimeException e) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source
                    + ": malformed PEM (bad header or base64)", e);
        }
        if (blocks.size() != 1) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source + ": holds " + blocks.size()
                    + " PEM blocks; expected exactly one 'PUBLIC KEY' block");
        }
        PemObject block = blocks.get(0);
        if (!"PUBLIC KEY".equals(block.getType())) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source + ": expected a 'PUBLIC KEY' PEM block, found "
                    + describe(block) + ("CERTIFICATE".equals(block.getType()) ? "; load it as a certificate instead" : ""));
        }
        return KeyCodec.decodePublic(block.getContent(), source);
    }

    /**
     * Reads one private key.
     *
     * @param text PEM text holding one private key block
     * @param source where the text came from
     * @param password the password for an encrypted key, or null
     * @return the key with its checked public half
     * @throws KeyException MALFORMED_PEM, PASSWORD_REQUIRED, WRONG_PASSWORD, UNSUPPORTED_KEY, WEAK_KEY
     */
    public static KeyCodec.PrivateKeyParts readPrivate(String text, String source, char[] password) throws KeyException {
        Object object = single(text, source, "PRIVATE KEY");
        PrivateKeyInfo info;
        if (object instanceof PrivateKeyInfo plain) {
            info = plain;
        } else if (object instanceof PEMKeyPair pair) {
            info = pair.getPrivateKeyInfo();
        } else if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
            info = decrypt(encrypted, source, password);
        } else if (object instanceof PEMEncryptedKeyPair) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source
                    + ": legacy OpenSSL-encrypted key; convert it with 'openssl pkcs8 -topk8 -v2 aes-256-cbc'");
        } else {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source
                    + ": expected a 'PRIVATE KEY' or 'ENCRYPTED PRIVATE KEY' PEM block, found " + describe(object));
        }
        return KeyCodec.decodePrivate(info, source);
    }

    private static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo encrypted, String source, char[] password)
            throws KeyException {
        if (password == null) {
            throw new KeyException(KeyException.Reason.PASSWORD_REQUIRED, source
                    + ": the private key is encrypted; supply its password");
        }
        checkIterations(encrypted.getEncryptionAlgorithm(), source);
        InputDecryptorProvider decryptor;
        try {
            decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Bc.provider()).build(password);
        } catch (OperatorCreationException e) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": cannot set up decryption", e);
        }
        try {
            return encrypted.decryptPrivateKeyInfo(decryptor);
        } catch (PKCSException | RuntimeException e) {
            if (e.getCause() instanceof OperatorCreationException) {
                throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source
                        + ": the key's encryption scheme is not supported; re-encrypt it with PBES2/AES-256-CBC", e);
            }
            throw new KeyException(KeyException.Reason.WRONG_PASSWORD, source
                    + ": the password does not decrypt the private key (or the file is corrupt)");
        }
    }

    private static void checkIterations(AlgorithmIdentifier algorithm, String source) throws KeyException {
        if (!PKCSObjectIdentifiers.id_PBES2.equals(algorithm.getAlgorithm())) {
            return;
        }
        try {
            PBES2Parameters params = PBES2Parameters.getInstance(algorithm.getParameters());
            if (PKCSObjectIdentifiers.id_PBKDF2.equals(params.getKeyDerivationFunc().getAlgorithm())) {
                BigInteger count = PBKDF2Params.getInstance(params.getKeyDerivationFunc().getParameters()).getIterationCount();
                if (count.compareTo(BigInteger.valueOf(MAX_PBKDF2_ITERATIONS)) > 0) {
                    throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": PBKDF2 iteration count "
                            + count + " is above the limit of " + MAX_PBKDF2_ITERATIONS);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source + ": malformed PBES2 parameters", e);
        }
    }

    /**
     * Reads every certificate, in order (leaf first for a chain).
     *
     * @param text PEM text with one or more "CERTIFICATE" blocks and nothing else
     * @param source where the text came from
     * @return the certificates; never empty
     * @throws KeyException MALFORMED_PEM when there is none, another object, or a bad certificate
     */
    public static List<X509Certificate> readCertificates(String text, String source) throws KeyException {
        List<Object> objects = parseAll(text, source);
        if (objects.isEmpty()) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source + ": no 'CERTIFICATE' PEM block found");
        }
        List<X509Certificate> out = new ArrayList<>();
        CertificateFactory factory;
        try {
            factory = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("X.509 is missing from this JDK", e);
        }
        for (int i = 0; i < objects.size(); i++) {
            if (!(objects.get(i) instanceof X509CertificateHolder holder)) {
                throw new KeyException(KeyException.Reason.MALFORMED_PEM, source + ": PEM block " + (i + 1)
                        + " is " + describe(objects.get(i)) + ", expected a certificate");
            }
            try {
                out.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(holder.getEncoded())));
            } catch (CertificateException | IOException e) {
                throw new KeyException(KeyException.Reason.MALFORMED_PEM, source + ": certificate " + (i + 1)
                        + " is malformed", e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Writes an SPKI public key as PEM.
     *
     * @param spki the DER bytes
     * @return the PEM text
     */
    public static String writePublic(byte[] spki) {
        return write(new PemObject("PUBLIC KEY", spki));
    }

    /**
     * Writes an X.509 certificate as PEM.
     *
     * @param der the certificate DER
     * @return the PEM text
     */
    public static String writeCertificate(byte[] der) {
        return write(new PemObject("CERTIFICATE", der));
    }

    /**
     * Writes an unencrypted PKCS#8 private key as PEM.
     *
     * @param info the key
     * @return the PEM text
     */
    public static String writePrivate(PrivateKeyInfo info) {
        try {
            return write(new PemObject("PRIVATE KEY", info.getEncoded(ASN1Encoding.DER)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the private key", e);
        }
    }

    /**
     * Writes an encrypted PKCS#8 private key as PEM: PBES2 with PBKDF2-HMAC-SHA256
     * ({@value #PBKDF2_ITERATIONS} iterations, random salt) and AES-256-CBC.
     *
     * @param info the key
     * @param password the password, not empty
     * @return the PEM text
     */
    public static String writeEncrypted(PrivateKeyInfo info, char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("an empty password cannot protect a private key");
        }
        try {
            OutputEncryptor encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                    .setPRF(PKCS8Generator.PRF_HMACSHA256)
                    .setIterationCount(PBKDF2_ITERATIONS)
                    .setRandom(Bc.random())
                    .setProvider(Bc.provider())
                    .setPassword(password)
                    .build();
            return write(new PKCS8Generator(info, encryptor).generate());
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot encrypt the private key", e);
        }
    }

    private static String write(Object pem) {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject((PemObject) pem);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static Object single(String text, String source, String expected) throws KeyException {
        List<Object> objects = parseAll(text, source);
        if (objects.isEmpty()) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source + ": no PEM block found; expected a '"
                    + expected + "' block");
        }
        if (objects.size() > 1) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source + ": holds " + objects.size()
                    + " PEM blocks; expected exactly one '" + expected + "' block");
        }
        return objects.get(0);
    }

    private static List<Object> parseAll(String text, String source) throws KeyException {
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            Object object;
            while ((object = parser.readObject()) != null) {
                objects.add(object);
            }
        } catch (IOException | RuntimeException e) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source
                    + ": malformed PEM (bad header, base64 or DER content)", e);
        }
        return objects;
    }

    private static String describe(Object object) {
        if (object instanceof PemObject pem) {
            return "a '" + pem.getType() + "' block";
        }
        String name = object.getClass().getSimpleName();
        return switch (name) {
            case "X509CertificateHolder" -> "a certificate";
            case "PrivateKeyInfo", "PEMKeyPair", "PKCS8EncryptedPrivateKeyInfo", "PEMEncryptedKeyPair" -> "a private key";
            case "SubjectPublicKeyInfo" -> "a public key";
            default -> "an unsupported object (" + name + ")";
        };
    }
}
