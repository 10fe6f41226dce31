/**
 * Framework coverage: a versioned catalog of NIST AI RMF 1.0, NIST AI 600-1, EU AI Act and OWASP LLM entries, a field-to-entry mapping, and coverage reports.
 */
package dev.mlbom.frameworks;
