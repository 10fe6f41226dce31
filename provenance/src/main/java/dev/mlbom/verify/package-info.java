/**
 * The verification gate serving apps call at startup: {@code Verifier}, its {@code Policy}, {@code VerifiedProvenance} and {@code VerificationException} with reason codes.
 */
package dev.mlbom.verify;
