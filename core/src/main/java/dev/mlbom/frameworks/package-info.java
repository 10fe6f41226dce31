/**
 * Framework coverage: a versioned catalog of NIST AI RMF 1.0, NIST AI 600-1, EU AI Act and OWASP
 * LLM entries, a field-to-entry mapping, and coverage reports.
 *
 * <p>The catalog ({@link dev.mlbom.frameworks.FrameworkCatalog}) and the mapping
 * ({@link dev.mlbom.frameworks.EvidenceMapping}) are data shipped as resources; the mapping is
 * also published as {@code docs/framework-mapping.md}. A
 * {@link dev.mlbom.frameworks.CoverageReport} says, for one manifest, which entries its populated
 * fields evidence, which are gaps and which field would close each gap.
 * <pre>{@code
 * CoverageReport report = CoverageReport.of(manifest);
 * Files.writeString(Path.of("coverage.html"), CoverageRenderer.html(report));
 * }</pre>
 */
package dev.mlbom.frameworks;
