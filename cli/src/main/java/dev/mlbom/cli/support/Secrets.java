package dev.mlbom.cli.support;

import dev.mlbom.internal.BoundedFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a password from a file ({@code --password-file}): the first line, without its line
 * break, as with {@code openssl -pass file:}. Passwords never appear in messages.
 *
 * <p>Stateless; thread-safe.
 */
public final class Secrets {

    private static final int MAX_BYTES = 4096;

    private Secrets() {
    }

    /**
     * Reads the password in a file.
     *
     * @param file the password file
     * @return the password; the caller should clear it after use
     * @throws CliException when the file is missing, unreadable, too large, not UTF-8 or empty
     */
    public static char[] readPassword(Path file) throws CliException {
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, MAX_BYTES);
        } catch (BoundedFiles.TooLarge e) {
            throw CliException.input(file + ": a password file holds one line of at most " + MAX_BYTES + " bytes");
        } catch (BoundedFiles.NotRegularFile e) {
            throw CliException.input(file + ": " + e.getReason() + " (the password is read from a file;"
                    + " for a pipe, write it to a 0600 file first)", e);
        } catch (NoSuchFileException e) {
            throw CliException.input(file + ": no such password file");
        } catch (IOException e) {
            throw CliException.input("cannot read the password file " + file + ": " + ErrorReporter.describe(e), e);
        }
        try {
            int end = 0;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            if (end == 0) {
                throw CliException.input(file + ": the password file is empty; put the password on its first line");
            }
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end));
            char[] password = new char[chars.remaining()];
            chars.get(password);
            Arrays.fill(chars.array(), '\0');
            return password;
        } catch (CharacterCodingException e) {
            throw CliException.input(file + ": the password file is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
