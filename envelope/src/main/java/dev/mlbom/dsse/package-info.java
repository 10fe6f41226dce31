/**
 * DSSE envelopes and in-toto Statement v1: the signed form of a provenance manifest.
 *
 * <p>{@link dev.mlbom.dsse.Pae} is the pre-authentication encoding (lengths in bytes) every
 * signature is over; {@link dev.mlbom.dsse.Envelope} is the envelope, read and written strictly by
 * {@link dev.mlbom.dsse.EnvelopeJson}; {@link dev.mlbom.dsse.Dsse} signs with several
 * {@link dev.mlbom.spi.Signer}s and reports which trusted keys verified (the threshold is the
 * caller's policy). {@link dev.mlbom.dsse.Statement} is the in-toto Statement, encoded to canonical
 * (RFC 8785) payload bytes by {@link dev.mlbom.dsse.StatementCodec} with mlbom's one canonicalizer.
 *
 * <pre>{@code
 * StatementCodec codec = StatementCodec.canonical();
 * Statement statement = new Statement(Statement.subjectsOf(artifacts), "https://mlbom.dev/provenance/v1", manifestJson);
 * byte[] json = EnvelopeJson.strict().write(codec.sign(statement, List.of(key.signer())));
 *
 * Envelope envelope = EnvelopeJson.strict().read(json);
 * DsseVerification result = Dsse.verify(envelope, List.of(trusted.verifier()));
 * Statement opened = codec.open(envelope, "https://mlbom.dev/provenance/v1");
 * }</pre>
 */
package dev.mlbom.dsse;
