/**
 * RFC 8785 JSON Canonicalization Scheme: the one place that decides canonical bytes, and manifest identity ({@code sha256:} over those bytes).
 */
package dev.mlbom.canonical;
