/**
 * Lineage graphs over manifests: ancestors, descendants, paths, models derived from a base or
 * trained on a dataset, integrity checks, and rendering.
 *
 * <p>Build a {@link dev.mlbom.lineage.LineageGraph} from manifests in memory, from
 * {@code (ManifestId, Manifest)} pairs whose ids are already known (no digests computed), or
 * from a {@link dev.mlbom.lineage.ManifestSource} such as a
 * {@link dev.mlbom.lineage.DirectorySource}. Building rejects cycles, forged parent ids,
 * self-parents and duplicate models with a {@link dev.mlbom.lineage.LineageException}; missing
 * ancestors are warnings unless the whole lineage is required.
 * {@link dev.mlbom.lineage.LineageRenderer} draws a graph as DOT, Mermaid or SVG.
 * <pre>{@code
 * LineageGraph graph = LineageGraph.from(DirectorySource.of(Path.of("manifests")));
 * LineageNode tickets = graph.dataset("support-tickets", "2026-10").orElseThrow();
 * for (DatasetExposure hit : graph.trainedOn(tickets)) {
 *     System.out.println(hit.model() + (hit.direct() ? " (direct)" : " (via " + hit.exposedThrough() + ")"));
 * }
 * Files.writeString(Path.of("lineage.svg"), LineageRenderer.svg(graph));
 * }</pre>
 */
package dev.mlbom.lineage;
