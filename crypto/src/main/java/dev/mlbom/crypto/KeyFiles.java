package dev.mlbom.crypto;

import dev.mlbom.crypto.internal.PemCodec;
import dev.mlbom.internal.AtomicFiles;
import dev.mlbom.internal.BoundedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Reads and writes key and certificate files (PEM).
 *
 * <p>Writes are atomic: the content goes to a temporary file in the target's directory, is
 * flushed to disk, and is moved into place atomically ({@link dev.mlbom.internal.AtomicFiles}), so a
 * reader never sees half a file. Private key files are created with POSIX mode {@code 0600} from
 * the start (on file systems without POSIX permissions the platform default applies) and are
 * not overwritten: writing to a path that exists fails with {@code FILE_EXISTS} (checked just
 * before the move; a file created in between by another process would be replaced). Public key and
 * certificate files replace an existing file. Reading refuses what is not a regular file (a FIFO
 * or device is refused without being opened), reads at most 1 MiB plus one byte and refuses larger
 * files, and refuses a UTF-8 byte-order mark or any other non-ASCII byte as malformed PEM.
 *
 * <p>Stateless and thread-safe.
 */
public final class KeyFiles {

    private static final int MAX_FILE_BYTES = 1 << 20;

    private KeyFiles() {
    }

    /**
     * Reads an unencrypted private key file.
     *
     * @param file the PEM file
     * @return the key
     * @throws KeyException IO_ERROR, MALFORMED_PEM, PASSWORD_REQUIRED, UNSUPPORTED_KEY or WEAK_KEY
     */
    public static KeyPairHandle readPrivateKey(Path file) throws KeyException {
        return KeyPairHandle.fromPem(read(file), null, file.toString());
    }

    /**
     * Reads a private key file, decrypting it with the password when it is encrypted.
     *
     * @param file the PEM file
     * @param password the password; not retained
     * @return the key
     * @throws KeyException IO_ERROR, WRONG_PASSWORD, MALFORMED_PEM, UNSUPPORTED_KEY or WEAK_KEY
     */
    public static KeyPairHandle readPrivateKey(Path file, char[] password) throws KeyException {
        java.util.Objects.requireNonNull(password, "password");
        return KeyPairHandle.fromPem(read(file), password, file.toString());
    }

    /**
     * Reads a public key file ({@code PUBLIC KEY} PEM block).
     *
     * @param file the PEM file
     * @return the key
     * @throws KeyException IO_ERROR, MALFORMED_PEM, UNSUPPORTED_KEY or WEAK_KEY
     */
    public static PublicKeyHandle readPublicKey(Path file) throws KeyException {
        return PublicKeyHandle.fromPem(read(file), file.toString());
    }

    /**
     * Reads a certificate or a chain (leaf first).
     *
     * @param file the PEM file
     * @return the certificates; never empty
     * @throws KeyException IO_ERROR or MALFORMED_PEM
     */
    public static List<X509Certificate> readCertificates(Path file) throws KeyException {
        return PemCodec.readCertificates(read(file), file.toString());
    }

    /**
     * Writes an unencrypted private key (mode 0600). Prefer
     * {@link #writeEncryptedPrivateKey(Path, KeyPairHandle, char[])}.
     *
     * @param file the new file; must not exist
     * @param key the key
     * @throws KeyException FILE_EXISTS or IO_ERROR
     */
    public static void writePrivateKey(Path file, KeyPairHandle key) throws KeyException {
        writeAtomically(file, key.toPem(), true);
    }

    /**
     * Writes a password-encrypted private key (PKCS#8 PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC;
     * mode 0600).
     *
     * @param file the new file; must not exist
     * @param key the key
     * @param password the password, not empty; not retained
     * @throws KeyException FILE_EXISTS or IO_ERROR
     */
    public static void writeEncryptedPrivateKey(Path file, KeyPairHandle key, char[] password) throws KeyException {
        writeAtomically(file, key.toEncryptedPem(password), true);
    }

    /**
     * Writes a public key (SPKI PEM), replacing an existing file.
     *
     * @param file the file
     * @param key the key
     * @throws KeyException IO_ERROR
     */
    public static void writePublicKey(Path file, PublicKeyHandle key) throws KeyException {
        writeAtomically(file, key.toPem(), false);
    }

    /**
     * Writes certificates (PEM, in order), replacing an existing file.
     *
     * @param file the file
     * @param certificates the certificates
     * @throws KeyException IO_ERROR
     */
    public static void writeCertificates(Path file, List<X509Certificate> certificates) throws KeyException {
        writeAtomically(file, Certificates.toPem(certificates), false);
    }

    private static String read(Path file) throws KeyException {
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, MAX_FILE_BYTES);
        } catch (NoSuchFileException e) {
            throw new KeyException(KeyException.Reason.IO_ERROR, file + ": no such file", e);
        } catch (BoundedFiles.NotRegularFile e) {
            throw new KeyException(KeyException.Reason.NOT_A_FILE, file + ": " + e.getReason()
                    + " (a key or certificate is read from a PEM file)", e);
        } catch (BoundedFiles.TooLarge e) {
            throw new KeyException(KeyException.Reason.TOO_LARGE, file + ": is too large for a key or certificate"
                    + " file (limit " + MAX_FILE_BYTES + " bytes); give the PEM file itself", e);
        } catch (IOException e) {
            throw new KeyException(KeyException.Reason.IO_ERROR, file + ": cannot be read (" + e.getClass().getSimpleName()
                    + "); check the path and its permissions", e);
        }
        try {
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF) {
                throw new KeyException(KeyException.Reason.MALFORMED_PEM, file + ": starts with a UTF-8 byte-order"
                        + " mark (EF BB BF), which PEM does not allow; remove the byte-order mark (save the file as"
                        + " plain ASCII)");
            }
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] < 0) {
                    throw new KeyException(KeyException.Reason.MALFORMED_PEM, file + ": byte " + i + " is not ASCII;"
                            + " a PEM file is ASCII text; save the key as plain ASCII PEM");
                }
            }
            return new String(bytes, StandardCharsets.US_ASCII);
        } finally {
            java.util.Arrays.fill(bytes, (byte) 0);
        }
    }

    private static void writeAtomically(Path file, String text, boolean secret) throws KeyException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        try {
            if (secret) {
                AtomicFiles.writeSecret(file, bytes, false);
            } else {
                AtomicFiles.write(file, bytes);
            }
        } catch (FileAlreadyExistsException e) {
            throw new KeyException(KeyException.Reason.FILE_EXISTS, file
                    + ": already exists; mlbom never overwrites a private key file (move it away first)");
        } catch (IOException e) {
            throw new KeyException(KeyException.Reason.IO_ERROR, file + ": cannot be written ("
                    + e.getClass().getSimpleName() + "); check the directory exists and is writable", e);
        }
    }

}
