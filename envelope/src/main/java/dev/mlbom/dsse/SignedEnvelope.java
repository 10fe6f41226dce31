package dev.mlbom.dsse;

import dev.mlbom.spi.SignatureResult;
import java.util.List;
import java.util.Objects;

/**
 * A freshly signed envelope with what each signer returned besides its signature (a certificate
 * chain, a key hint), in signature order, for formats that carry that material next to the
 * envelope.
 *
 * <p>Immutable and thread-safe.
 *
 * @param envelope the envelope
 * @param results one signer result per signature of the envelope, in order
 */
public record SignedEnvelope(Envelope envelope, List<SignatureResult> results) {

    /**
     * Checks there is one result per signature.
     *
     * @throws IllegalArgumentException when the counts differ
     */
    public SignedEnvelope {
        Objects.requireNonNull(envelope, "envelope");
        results = List.copyOf(results);
        if (results.size() != envelope.signatures().size()) {
            throw new IllegalArgumentException("one signer result per signature is needed");
        }
    }
}
