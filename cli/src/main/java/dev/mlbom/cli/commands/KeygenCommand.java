package dev.mlbom.cli.commands;

import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.EnumConverter;
import dev.mlbom.cli.support.Json;
import dev.mlbom.cli.support.Secrets;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.spi.SignatureAlgorithm;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mlbom keygen}: generates a signing key pair, {@code PREFIX.key} and {@code PREFIX.pub}.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "keygen",
        description = {"Generate a signing key pair: PREFIX.key (PKCS#8 PEM, mode 0600; encrypted with "
                + "PBES2/AES-256 when --password-file is given) and PREFIX.pub (SubjectPublicKeyInfo PEM).",
            "Existing files are never overwritten. The key id printed is the SHA-256 of the public key's DER."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom keygen --algorithm ed25519 --out release",
            "  mlbom keygen --algorithm p256 --out keys/release --password-file secret.txt",
            "  mlbom keygen --algorithm ml-dsa-65 --out pq-release"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:key pair written",
            "2:usage error, unknown algorithm, a target file exists, unreadable password file"})
public final class KeygenCommand extends BaseCommand {

    /** The key types {@code keygen} makes. */
    public enum KeyType {
        /** Ed25519. */
        ED25519,
        /** ECDSA on NIST P-256, signing with SHA-256. */
        P256,
        /** ECDSA on NIST P-384, signing with SHA-384. */
        P384,
        /** ECDSA on NIST P-521, signing with SHA-512. */
        P521,
        /** RSA 3072 bits, signing with RSA-PSS and SHA-256. */
        RSA3072,
        /** ML-DSA-44 (FIPS 204). */
        ML_DSA_44,
        /** ML-DSA-65 (FIPS 204). */
        ML_DSA_65,
        /** ML-DSA-87 (FIPS 204). */
        ML_DSA_87
    }

    /** Reads {@link KeyType} ids. */
    static final class KeyTypeConverter extends EnumConverter<KeyType> {
        KeyTypeConverter() {
            super(KeyType.class);
        }
    }

    @Option(names = {"-a", "--algorithm"}, required = true, paramLabel = "ALG", converter = KeyTypeConverter.class,
            description = "Key type: ed25519, p256, p384, p521, rsa3072, ml-dsa-44, ml-dsa-65 or ml-dsa-87.")
    KeyType algorithm;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PREFIX",
            description = "Writes PREFIX.key and PREFIX.pub.")
    Path prefix;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Encrypt the private key with the password on this file's first line.")
    Path passwordFile;

    @Option(names = "--json", description = "Print the files and the key id as JSON.")
    boolean json;

    /** Picocli creates the command. */
    public KeygenCommand() {
    }

    @Override
    protected int run() throws Exception {
        Path privateFile = Path.of(prefix + ".key");
        Path publicFile = Path.of(prefix + ".pub");
        for (Path file : new Path[] {privateFile, publicFile}) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw CliException.input(file + ": already exists; mlbom keygen never overwrites a key file"
                        + " (remove it or choose another --out prefix)");
            }
        }
        Path parent = privateFile.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw CliException.input(parent + ": no such directory for --out " + prefix);
        }
        char[] password = passwordFile == null ? null : Secrets.readPassword(passwordFile);
        try {
            KeyPairHandle key = switch (algorithm) {
                case ED25519 -> KeyPairHandle.generate(SignatureAlgorithm.ED25519);
                case P256 -> KeyPairHandle.generate(SignatureAlgorithm.ECDSA_P256_SHA256);
                case P384 -> KeyPairHandle.generate(SignatureAlgorithm.ECDSA_P384_SHA384);
                case P521 -> KeyPairHandle.generate(SignatureAlgorithm.ECDSA_P521_SHA512);
                case RSA3072 -> KeyPairHandle.generateRsa(3072);
                case ML_DSA_44 -> KeyPairHandle.generate(SignatureAlgorithm.ML_DSA_44);
                case ML_DSA_65 -> KeyPairHandle.generate(SignatureAlgorithm.ML_DSA_65);
                case ML_DSA_87 -> KeyPairHandle.generate(SignatureAlgorithm.ML_DSA_87);
            };
            if (password == null) {
                KeyFiles.writePrivateKey(privateFile, key);
            } else {
                KeyFiles.writeEncryptedPrivateKey(privateFile, key, password);
            }
            KeyFiles.writePublicKey(publicFile, key.publicKey());
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("algorithm", key.algorithm().id());
                doc.put("keyId", key.keyId());
                doc.put("privateKey", privateFile.toString());
                doc.put("publicKey", publicFile.toString());
                doc.put("encrypted", password != null);
                Json.print(out(), doc);
            } else {
                out().println("wrote " + privateFile + " (" + key.algorithm().id() + " private key, PKCS#8 PEM, "
                        + (password == null ? "not encrypted" : "encrypted") + "; keep it secret)");
                out().println("wrote " + publicFile + " (public key for mlbom verify --key)");
                out().println("key id: " + key.keyId());
            }
            return ExitCode.OK;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
