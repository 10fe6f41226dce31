/**
 * The base of mlbom's checked exceptions: {@link dev.mlbom.error.MlbomException}, which carries a
 * stable reason code and a message that says what was wrong, where, and what to do.
 */
package dev.mlbom.error;
