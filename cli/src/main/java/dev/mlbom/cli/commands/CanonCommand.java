package dev.mlbom.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlbom.canonical.Canonicalizer;
import dev.mlbom.canonical.ManifestIdentity;
import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.ErrorReporter;
import dev.mlbom.cli.support.Json;
import dev.mlbom.cli.support.Manifests;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.model.ManifestException;
import dev.mlbom.codec.ManifestFormat;
import dev.mlbom.document.ProvenanceDocument;
import dev.mlbom.document.ProvenanceDocuments;
import dev.mlbom.dsse.EnvelopeException;
import dev.mlbom.model.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlbom canon}: prints the RFC 8785 canonical form of a JSON file, the bytes a manifest id
 * and a signature cover.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "canon",
        description = {"Print the RFC 8785 (JCS) canonical form of a JSON file on stdout, exactly the bytes "
                + "manifest ids and signatures are computed over (no trailing newline).",
            "Use it to debug a signature: two documents that canonicalize to the same bytes have the same id."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom canon manifest.json > manifest.canonical.json",
            "  mlbom canon manifest.json --id          prints sha256:<hex> of the canonical bytes",
            "  mlbom canon parent.mlbom.json --id      an envelope: prints the id of the signed manifest inside"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:canonical form printed",
            "2:usage error, missing file, or not canonicalizable JSON (duplicate names, bad numbers, ...)"})
public final class CanonCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A JSON file, or - for stdin.")
    String file;

    @Option(names = "--id", description = "Print the content id (sha256:<hex> of the canonical bytes) instead; for a "
            + "signed envelope, the id of the manifest inside it (the signed manifest; signatures not checked).")
    boolean id;

    @Option(names = "--json", description = "Print the id and the canonical size as JSON.")
    boolean json;

    /** Picocli creates the command. */
    public CanonCommand() {
    }

    @Override
    protected int run() throws Exception {
        byte[] input = read();
        byte[] canonical = Canonicalizer.strict().canonicalize(input);
        if (id || json) {
            // an envelope's id is the id of the manifest inside it: the signed manifest a child names as parent
            Manifest signed = isEnvelope(canonical) ? signedManifest(input) : null;
            byte[] identified = signed == null ? canonical
                    : Canonicalizer.strict().canonicalize(ManifestCodec.json().write(signed));
            String contentId = signed == null ? Canonicalizer.sha256Id(canonical) : ManifestIdentity.of(signed).toString();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("file", file);
                doc.put("kind", signed == null ? "json" : "signed envelope (the id is its manifest's; not verified)");
                doc.put("id", contentId);
                doc.put("canonicalBytes", identified.length);
                Json.print(out(), doc);
            } else {
                out().println(contentId);
            }
        } else {
            // canonical bytes are valid UTF-8 (lone surrogates are rejected), so this is exact
            out().print(new String(canonical, StandardCharsets.UTF_8));
        }
        return ExitCode.OK;
    }

    private static boolean isEnvelope(byte[] canonical) throws IOException {
        JsonNode tree = new ObjectMapper().readTree(canonical);
        return tree != null && tree.isObject() && tree.has("payloadType") && tree.has("payload");
    }

    private Manifest signedManifest(byte[] input) throws Exception {
        try {
            ProvenanceDocument document = ProvenanceDocuments.read(input, file, ManifestFormat.JSON);
            if (document instanceof ProvenanceDocument.EnvelopeDocument envelope) {
                return ProvenanceDocuments.readManifestUnverified(envelope).manifest();
            }
            throw CliException.input(file + ": not an mlbom envelope");
        } catch (ManifestException e) {
            throw Manifests.rejected(Path.of(file.equals("-") ? "stdin" : file), e);
        } catch (EnvelopeException e) {
            throw CliException.rejected(e.reasonCode(), file + ": " + e.getMessage(), List.of(), e);
        }
    }

    private byte[] read() throws CliException {
        try {
            if (file.equals("-")) {
                return readLimited(System.in);
            }
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw CliException.input(file + ": is a directory; give a JSON file");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readLimited(in);
            }
        } catch (NoSuchFileException e) {
            throw CliException.input(file + ": no such file");
        } catch (IOException e) {
            throw CliException.input("cannot read " + ErrorReporter.describe(e), e);
        }
    }

    private byte[] readLimited(InputStream in) throws IOException, CliException {
        int limit = Canonicalizer.DEFAULT_MAX_BYTES;
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw CliException.input(file + ": larger than " + limit + " bytes; mlbom canon reads JSON documents"
                    + " up to that size");
        }
        return bytes;
    }
}
