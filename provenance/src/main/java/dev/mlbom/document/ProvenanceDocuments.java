package dev.mlbom.document;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.ProvenanceFormat;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.codec.ManifestFormat;
import dev.mlbom.codec.ReadLimits;
import dev.mlbom.jackson.StrictTreeReader;
import dev.mlbom.document.ProvenanceDocument.EnvelopeDocument;
import dev.mlbom.document.ProvenanceDocument.ManifestDocument;
import dev.mlbom.dsse.Dsse;
import dev.mlbom.dsse.DsseVerification;
import dev.mlbom.dsse.Envelope;
import dev.mlbom.dsse.EnvelopeException;
import dev.mlbom.dsse.EnvelopeJson;
import dev.mlbom.dsse.Statement;
import dev.mlbom.dsse.StatementCodec;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.Problem;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.verify.VerificationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a provenance document, a manifest (JSON or YAML) or a signed envelope, and tells which by
 * content: a JSON object with {@code payloadType} and {@code payload} members is an envelope,
 * anything else is a manifest. The format is the file's extension ({@code .json}, {@code .yaml},
 * {@code .yml}) or, without one, JSON when the first non-blank byte is <code>{</code>, else YAML.
 *
 * <p>Every document goes through the codec's strict reader first ({@code StrictTreeReader} with
 * {@link ReadLimits#DEFAULTS}, documents up to {@link ProvenanceFormat#MAX_DOCUMENT_BYTES}): a
 * YAML anchor, alias, tag or second document, a duplicate key, or an over-deep or oversized
 * document is refused with the codec's {@link ManifestException.Reason} before anything else
 * parses it. Envelopes are then read by {@link EnvelopeJson#strict()}, manifests by
 * {@link ManifestCodec}.
 *
 * <p>Nothing here verifies a signature: an envelope's manifest is only available through
 * {@link #readManifestUnverified(Envelope)}, named so on purpose. Use
 * {@link dev.mlbom.verify.Verifier} to decide whether to trust a model.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProvenanceDocuments {

    /** Envelopes carry their manifest as one base64 string, which may be as long as the document. */
    private static final ReadLimits SNIFF_JSON = ReadLimits.builder()
            .maxStringLength(ProvenanceFormat.MAX_DOCUMENT_BYTES).build();

    private ProvenanceDocuments() {
    }

    /**
     * Reads a manifest or an envelope file.
     *
     * @param file the file
     * @return the document, its origin the file's path
     * @throws ManifestException IO_ERROR when the file is missing or unreadable, TOO_LARGE beyond
     *     {@link ProvenanceFormat#MAX_DOCUMENT_BYTES}, or the codec's reason (MALFORMED,
     *     UNSUPPORTED_YAML, INVALID, ...) with a pointer per problem
     * @throws EnvelopeException when the file is an envelope whose structure is rejected
     */
    public static ProvenanceDocument read(Path file) throws ManifestException, EnvelopeException {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw ManifestException.of(ManifestException.Reason.IO_ERROR, "", file
                        + " is a directory, not a manifest or envelope file");
            }
            dev.mlbom.internal.BoundedFiles.requireRegularFile(file); // a FIFO or device is not opened
            long size = Files.size(file);
            if (size > ProvenanceFormat.MAX_DOCUMENT_BYTES) {
                throw ManifestException.of(ManifestException.Reason.TOO_LARGE, "", file + " has " + size
                        + " bytes, more than the limit of " + ProvenanceFormat.MAX_DOCUMENT_BYTES
                        + "; that is no manifest or envelope");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(ProvenanceFormat.MAX_DOCUMENT_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw ManifestException.of(ManifestException.Reason.IO_ERROR, "", "no such file: " + file);
        } catch (dev.mlbom.internal.BoundedFiles.NotRegularFile e) {
            throw new ManifestException(ManifestException.Reason.IO_ERROR,
                    List.of(new Problem("", file + " " + e.getReason())), e);
        } catch (IOException e) {
            throw new ManifestException(ManifestException.Reason.IO_ERROR,
                    List.of(new Problem("", "could not read " + file + ": " + e.getMessage())), e);
        }
        return read(bytes, file.toString(), formatOf(file, bytes));
    }

    /**
     * Reads a manifest or an envelope held in memory; the format is sniffed from the content.
     *
     * @param bytes the document
     * @param origin where it came from, for messages
     * @return the document
     * @throws ManifestException the codec's reason, with a pointer per problem
     * @throws EnvelopeException when the document is an envelope whose structure is rejected
     */
    public static ProvenanceDocument read(byte[] bytes, String origin) throws ManifestException, EnvelopeException {
        return read(bytes, origin, formatOf(null, bytes));
    }

    /**
     * Reads a manifest or an envelope held in memory, in a known format.
     *
     * @param bytes the document
     * @param origin where it came from, for messages
     * @param format JSON or YAML (an envelope is always JSON)
     * @return the document
     * @throws ManifestException the codec's reason, with a pointer per problem
     * @throws EnvelopeException when the document is an envelope whose structure is rejected
     */
    public static ProvenanceDocument read(byte[] bytes, String origin, ManifestFormat format)
            throws ManifestException, EnvelopeException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        JsonNode tree = StrictTreeReader.of(format, format == ManifestFormat.JSON ? SNIFF_JSON : ReadLimits.DEFAULTS)
                .read(bytes);
        if (format == ManifestFormat.JSON && isEnvelope(tree)) {
            return new EnvelopeDocument(origin, EnvelopeJson.strict().read(bytes));
        }
        return new ManifestDocument(origin, format, ManifestCodec.of(format).read(bytes));
    }

    /**
     * The format of a document: by the file's extension, else JSON when the first non-blank byte is
     * <code>{</code>, else YAML.
     *
     * @param file the file, or null when there is none
     * @param bytes its content
     * @return the format
     */
    public static ManifestFormat formatOf(Path file, byte[] bytes) {
        if (file != null) {
            java.util.Optional<ManifestFormat> byName = ManifestFormat.of(file);
            if (byName.isPresent()) {
                return byName.get();
            }
        }
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '{' ? ManifestFormat.JSON : ManifestFormat.YAML;
            }
        }
        return ManifestFormat.YAML;
    }

    /**
     * Reads the manifest inside an envelope WITHOUT VERIFYING IT: no signature, key, trust,
     * subject, freshness or policy check is made. The envelope's payload must be an in-toto
     * Statement v1 with mlbom's predicate type ({@link ProvenanceFormat#PREDICATE_TYPE}) whose
     * predicate the codec accepts, exactly as the verifier requires, but anyone could have
     * written it. Use the result to show, diff or draw a record; to trust one use
     * {@link dev.mlbom.verify.Verifier}.
     *
     * @param envelope the envelope
     * @return the statement and manifest, unverified
     * @throws EnvelopeException when the payload is no mlbom statement
     * @throws ManifestException when the predicate is no valid manifest
     */
    public static UnverifiedManifest readManifestUnverified(Envelope envelope)
            throws EnvelopeException, ManifestException {
        Objects.requireNonNull(envelope, "envelope");
        Statement statement = StatementCodec.canonical()
                .open(envelope, ProvenanceFormat.PREDICATE_TYPE);
        Manifest manifest = ManifestCodec.json().fromTree(statement.predicate());
        return new UnverifiedManifest(envelope, statement, manifest);
    }

    /**
     * Reads the manifest inside an envelope document WITHOUT VERIFYING IT; see
     * {@link #readManifestUnverified(Envelope)}.
     *
     * @param document the envelope document
     * @return the statement and manifest, unverified
     * @throws EnvelopeException when the payload is no mlbom statement
     * @throws ManifestException when the predicate is no valid manifest
     */
    public static UnverifiedManifest readManifestUnverified(EnvelopeDocument document)
            throws EnvelopeException, ManifestException {
        return readManifestUnverified(Objects.requireNonNull(document, "document").envelope());
    }

    /**
     * The manifest of a document WITHOUT VERIFYING IT: a manifest document's manifest, or the
     * manifest inside an envelope ({@link #readManifestUnverified(Envelope)}: no signature is
     * checked). For showing, diffing or drawing a record that may be either; to trust one use
     * {@link dev.mlbom.verify.Verifier}.
     *
     * @param document a manifest or an envelope
     * @return its manifest, never null
     * @throws EnvelopeException when the envelope's payload is no mlbom statement
     * @throws ManifestException when the envelope's predicate is no valid manifest
     */
    public static Manifest manifestUnverified(ProvenanceDocument document) throws EnvelopeException, ManifestException {
        Objects.requireNonNull(document, "document");
        if (document instanceof ProvenanceDocument.EnvelopeDocument envelope) {
            return readManifestUnverified(envelope).manifest();
        }
        return ((ProvenanceDocument.ManifestDocument) document).manifest();
    }

    /**
     * Reads a manifest or an envelope file and returns its manifest WITHOUT VERIFYING IT; see
     * {@link #manifestUnverified(ProvenanceDocument)}. Fits {@code LastGood.ManifestOf} and
     * {@code ManifestDiff.of(old, new, ProvenanceDocuments::readManifestUnverified)}.
     *
     * @param file a manifest (JSON or YAML) or an envelope
     * @return its manifest, never null
     * @throws ManifestException as {@link #read(Path)}, or when the envelope's predicate is no valid manifest
     * @throws EnvelopeException when the file is an envelope that is rejected, or whose payload is
     *     no mlbom statement
     */
    public static Manifest readManifestUnverified(Path file) throws ManifestException, EnvelopeException {
        return manifestUnverified(read(file));
    }

    /**
     * Reads the manifest of a signed envelope file only when one of its signatures verifies with a
     * trusted key. This checks the signatures and the statement's shape ONLY: not the model's files,
     * subjects, freshness, version or any other policy check, which need the model and are
     * {@link dev.mlbom.verify.Verifier}'s. Use it to show or diff records whose signer matters
     * ({@code mlbom diff --key}); to admit a model use the verifier.
     *
     * @param file a signed envelope
     * @param trusted the trusted keys' verifiers; at least one
     * @return its manifest, signed by a trusted key
     * @throws EnvelopeException NO_SIGNATURES when the file is a plain manifest (it carries no
     *     signature), or the envelope's structure or statement is rejected
     * @throws VerificationException UNTRUSTED_KEY when no signature is by a trusted key,
     *     SIGNATURE_INVALID when a trusted key's signature does not verify
     * @throws ManifestException as {@link #read(Path)}
     */
    public static Manifest readManifestSignedBy(Path file, List<? extends SignatureVerifier> trusted)
            throws EnvelopeException, VerificationException, ManifestException {
        Objects.requireNonNull(file, "file");
        List<SignatureVerifier> keys = List.copyOf(trusted);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no trusted key given");
        }
        ProvenanceDocument document = read(file);
        if (!(document instanceof EnvelopeDocument envelope)) {
            throw new EnvelopeException(EnvelopeException.Reason.NO_SIGNATURES, null, file
                    + " is a plain manifest: it carries no signature to check; give its signed envelope");
        }
        DsseVerification result = Dsse.verify(envelope.envelope(), keys);
        if (!result.anyVerified()) {
            if (!result.rejected().isEmpty()) {
                throw new VerificationException(VerificationException.Reason.SIGNATURE_INVALID, file
                        + ": a signature by a trusted key does not verify (" + result.rejected().get(0).message()
                        + "); the envelope was changed after signing", null);
            }
            throw new VerificationException(VerificationException.Reason.UNTRUSTED_KEY, file
                    + ": no signature is by a trusted key (signed by " + String.join(", ", result.unknownKeyIds())
                    + ")", null);
        }
        return readManifestUnverified(envelope).manifest();
    }

    private static boolean isEnvelope(JsonNode tree) {
        return tree != null && tree.isObject() && tree.has("payloadType") && tree.has("payload");
    }
}
