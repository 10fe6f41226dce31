package dev.mlbom.cli.support;

import dev.mlbom.crypto.KeyException;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.crypto.KeyPairHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Loads private keys for the commands, with the password from {@code --password-file}.
 *
 * <p>Stateless; thread-safe.
 */
public final class Keys {

    private Keys() {
    }

    /**
     * Reads a private key file.
     *
     * @param file the PEM file
     * @param passwordFile the password file, or null for an unencrypted key
     * @return the key
     * @throws CliException when a file is missing
     * @throws KeyException when the key is rejected (PASSWORD_REQUIRED, WRONG_PASSWORD, ...)
     */
    public static KeyPairHandle readPrivateKey(Path file, Path passwordFile) throws CliException, KeyException {
        if (!Files.exists(file)) {
            throw CliException.input(file + ": no such key file");
        }
        if (passwordFile == null) {
            return KeyFiles.readPrivateKey(file);
        }
        char[] password = Secrets.readPassword(passwordFile);
        try {
            return KeyFiles.readPrivateKey(file, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
