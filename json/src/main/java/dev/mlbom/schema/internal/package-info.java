/**
 * Internals of the schema module: offline schema loading and conversion of validator messages.
 * Not API.
 */
package dev.mlbom.schema.internal;
