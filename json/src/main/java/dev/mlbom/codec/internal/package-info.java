/**
 * Internals of the codec: strict tree reading with limits, the YAML guard, deterministic text
 * writing, atomic files and the per-version bindings between trees and the model. Not API.
 */
package dev.mlbom.codec.internal;
