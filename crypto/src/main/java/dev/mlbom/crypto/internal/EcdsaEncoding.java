package dev.mlbom.crypto.internal;

/** How an ECDSA signature's (r, s) pair is encoded. */
public enum EcdsaEncoding {
    /** ASN.1 DER {@code SEQUENCE { INTEGER r, INTEGER s }}, strictly (as in DSSE envelopes). */
    DER,
    /** IEEE P1363: r and s as fixed-length big-endian integers, concatenated (2n bytes). */
    P1363
}
