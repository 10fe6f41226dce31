/**
 * The manifest JSON Schema (draft 2020-12) shipped as a resource, validation reports (JSON Pointer, keyword, message per violation), and required-field profiles.
 */
package dev.mlbom.schema;
