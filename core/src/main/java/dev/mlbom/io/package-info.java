/**
 * File output that never leaves a partial file behind: {@link dev.mlbom.io.AtomicFiles}.
 */
package dev.mlbom.io;
