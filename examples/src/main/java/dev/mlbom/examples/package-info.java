/**
 * Runnable examples for mlbom's callers: a training job that signs, a serving app that verifies, and (in {@code pkcs11}) a vendor signer.
 */
package dev.mlbom.examples;
