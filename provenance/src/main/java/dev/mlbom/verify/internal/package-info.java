/**
 * Internals of the verification gate. Not API: may change in any release.
 */
package dev.mlbom.verify.internal;
