package dev.mlbom.cli.commands;

import dev.mlbom.ProvenanceFormat;
import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.HashingOptions;
import dev.mlbom.cli.support.Json;
import dev.mlbom.cli.support.Keys;
import dev.mlbom.cli.support.Manifests;
import dev.mlbom.cli.support.Progress;
import dev.mlbom.cli.support.Sizes;
import dev.mlbom.cli.support.Terminal;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.Manifest;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.sign.SignedProvenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlbom sign}: hashes a model's files into its manifest and writes the signed envelope.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "sign",
        description = {"Hash the model's files into the manifest, add a 'signed' event, and write a signed DSSE "
                + "envelope (an in-toto Statement over the model's files with the manifest as predicate).",
            "The envelope goes beside the model as MODEL_DIR.mlbom.json unless -o says otherwise."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom sign --key release.key --manifest manifest.json models/bot",
            "  mlbom sign --key release.key --password-file pw.txt --manifest manifest.yaml models/bot -o bot.dsse.json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:envelope written",
            "2:usage error; missing, malformed or invalid manifest or key; wrong password; unreadable model"})
public final class SignCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "MODEL_DIR", description = "The model directory (or a single model file).")
    Path model;

    @Option(names = {"-k", "--key"}, required = true, paramLabel = "KEY", description = "The private key (PKCS#8 PEM).")
    Path key;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "The password of an encrypted key, on this file's first line.")
    Path passwordFile;

    @Option(names = {"-m", "--manifest"}, required = true, paramLabel = "MANIFEST",
            description = "The manifest (.json, .yaml or .yml); its artifact list is replaced by the files found.")
    Path manifestFile;

    @Option(names = {"-o", "--output"}, paramLabel = "ENVELOPE",
            description = "Where to write the envelope; default: MODEL_DIR.mlbom.json beside the model.")
    Path output;

    @Option(names = "--write-manifest", paramLabel = "FILE",
            description = "Also write the signed manifest (files hashed in, 'signed' event added) as JSON to FILE, "
                + "replaced atomically: the manifest whose id (printed, and what 'mlbom canon --id ENVELOPE' prints) "
                + "a child model names as its parent's manifestId.")
    Path writeManifest;

    @Option(names = "--actor", paramLabel = "WHO", description = "Who signs, recorded in the 'signed' event; "
            + "default: the key id.")
    String actor;

    @Mixin
    HashingOptions hashing;

    @Option(names = "--json", description = "Print what was signed as JSON.")
    boolean json;

    /** Picocli creates the command. */
    public SignCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (!Files.exists(model)) {
            throw CliException.input(model + ": no such model directory or file");
        }
        KeyPairHandle keyPair = Keys.readPrivateKey(key, passwordFile);
        Manifest manifest = Manifests.read(manifestFile);
        Path envelopePath;
        try {
            envelopePath = output != null ? output : ProvenanceFormat.envelopePathFor(model);
        } catch (IllegalArgumentException e) {
            throw CliException.input(e.getMessage() + " (--output FILE)");
        }
        if (writeManifest != null && writeManifest.toAbsolutePath().normalize()
                .equals(envelopePath.toAbsolutePath().normalize())) {
            throw CliException.input("--write-manifest " + Terminal.safe(writeManifest.toString())
                    + " is where the envelope goes; give another file");
        }
        Progress bar = new Progress(err(), hashing.progress(), "hashing");
        ProvenanceSigner.Builder signer = ProvenanceSigner.builder()
                .signer(keyPair.signer())
                .hasher(hashing.hasher(bar));
        if (actor != null) {
            signer.actor(actor);
        }
        SignedProvenance signed;
        try {
            signed = signer.build().sign(manifest, model, envelopePath);
        } finally {
            bar.finish();
        }
        Manifest result = signed.manifest();
        if (writeManifest != null) {
            ManifestCodec.json().write(result, writeManifest);
        }
        long bytes = result.model().artifacts().stream().mapToLong(Artifact::size).sum();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("model", result.model().name() + "@" + result.model().version());
            doc.put("manifestId", signed.manifestId().toString());
            doc.put("envelope", signed.envelopePath().toString());
            if (writeManifest != null) {
                doc.put("signedManifest", writeManifest.toString());
            }
            doc.put("keyId", keyPair.keyId());
            doc.put("algorithm", keyPair.algorithm().id());
            doc.put("files", result.model().artifacts().size());
            doc.put("bytes", bytes);
            Json.print(out(), doc);
        } else {
            out().println("hashed " + result.model().artifacts().size() + " file(s), " + Sizes.bytes(bytes) + ", in "
                    + Terminal.safe(model.toString()));
            out().println("signed " + Terminal.safe(result.model().name() + "@" + result.model().version()) + " with "
                    + keyPair.algorithm().id() + " key " + keyPair.keyId());
            out().println("wrote " + Terminal.safe(signed.envelopePath().toString()));
            if (writeManifest != null) {
                out().println("wrote " + Terminal.safe(writeManifest.toString()) + " (the signed manifest)");
            }
            out().println("manifest id: " + signed.manifestId() + " (of the signed manifest; a child names it as"
                    + " its parent's manifestId)");
        }
        return ExitCode.OK;
    }
}
