/**
 * DSSE envelopes and in-toto Statement v1: the signed form of a provenance manifest, with PAE over byte lengths and canonical payloads.
 */
package dev.mlbom.dsse;
