package dev.mlbom.examples.readme;

// tag::review[]
import dev.mlbom.diff.DiffRenderer;
import dev.mlbom.diff.ManifestDiff;
import dev.mlbom.frameworks.CoverageRenderer;
import dev.mlbom.frameworks.CoverageReport;
import dev.mlbom.lineage.DatasetExposure;
import dev.mlbom.lineage.DirectorySource;
import dev.mlbom.lineage.LineageException;
import dev.mlbom.lineage.LineageGraph;
import dev.mlbom.lineage.LineageNode;
import dev.mlbom.lineage.LineageRenderer;
import dev.mlbom.model.Manifest;
import java.nio.file.Path;
import java.util.List;

// end::review[]
/** The README's "Reviewers" block: lineage, framework coverage, what changed. Stateless. */
public final class ReviewerCode {

    private ReviewerCode() {
    }

    /**
     * What a reviewer looks at.
     *
     * @param ancestors the model's ancestors, base models first
     * @param exposed the models trained on the dataset, directly or through a parent
     * @param svg the lineage graph as SVG
     * @param html the coverage report as HTML
     * @param changes what changed since the previous version, as text
     */
    public record Review(List<LineageNode> ancestors, List<DatasetExposure> exposed, String svg, String html,
            String changes) {
    }

    /**
     * Reviews a release.
     *
     * @param manifests a directory of manifests (the release and its ancestors)
     * @param previous the last good version's manifest
     * @param manifest the release's manifest
     * @return what was found
     * @throws LineageException when the manifests cannot be read or their lineage is broken
     */
    // tag::review[]
    public static Review review(Path manifests, Manifest previous, Manifest manifest) throws LineageException {
        // which base model, which versions; and the poisoned-data question
        LineageGraph graph = LineageGraph.from(DirectorySource.of(manifests));
        LineageNode release = graph.model("acme/support-bot", "2.3.0").orElseThrow();
        List<LineageNode> ancestors = graph.ancestors(release);                 // up to the base models
        List<DatasetExposure> exposed = graph.trainedOn(
                graph.dataset("support-tickets", "2026-10-01").orElseThrow());  // direct and inherited
        String svg = LineageRenderer.svg(graph);                                // also dot(), mermaid()

        // which NIST AI RMF / AI 600-1 / EU AI Act / OWASP entries the record evidences, and the gaps
        CoverageReport coverage = CoverageReport.of(manifest);
        String html = CoverageRenderer.html(coverage);                          // also text, json, markdown

        // what changed since the last good version: a summary line, then JSON Pointers
        ManifestDiff diff = ManifestDiff.of(previous, manifest);
        String changes = DiffRenderer.text(diff);
        return new Review(ancestors, exposed, svg, html, changes);
    }
    // end::review[]
}
