package dev.mlbom.sign;

import dev.mlbom.dsse.Envelope;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;
import dev.mlbom.spi.SignatureResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of signing: the manifest as signed (with the hashed artifacts and the
 * {@code signed} event), its identity, the envelope, and where the envelope was written.
 *
 * @param manifest the manifest that was signed
 * @param manifestId its identity
 * @param envelope the signed DSSE envelope
 * @param envelopePath where it was written
 * @param signerResults what each signer returned, in signature order (certificate chains, key
 *     hints), for writing bundle formats that carry them beside the envelope
 */
public record SignedProvenance(Manifest manifest, ManifestId manifestId, Envelope envelope, Path envelopePath,
        List<SignatureResult> signerResults) {

    /** Checks every part is present. */
    public SignedProvenance {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(manifestId, "manifestId");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(envelopePath, "envelopePath");
        signerResults = List.copyOf(signerResults);
    }
}
