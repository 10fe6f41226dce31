/** Implementation helpers of {@code dev.mlbom.dsse}. Not API; never exported. */
package dev.mlbom.dsse.internal;
