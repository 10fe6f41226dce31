/**
 * Internals of the RFC 8785 canonicalizer: the strict byte parser ({@code TapeParser}), the compact
 * parsed form ({@code Tape}) and its writer, the Jackson tree writer, the shortest-digits number
 * writer ({@code EcmaNumbers}) and exact decimal reading. Not API; never exported.
 */
package dev.mlbom.canonical.internal;
