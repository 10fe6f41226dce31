package dev.mlbom.frameworks;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The mapping as a Markdown document ({@code docs/framework-mapping.md} is this output for the
 * built-in mapping; a test fails when the committed file differs, so the two never drift).
 *
 * <p>Stateless and thread-safe.
 */
public final class MappingDocument {

    private MappingDocument() {
    }

    /**
     * Renders a mapping: what each manifest field is evidence for, then every catalog entry with
     * its evidencing fields or the reason no manifest can evidence it.
     *
     * @param mapping the mapping
     * @return the Markdown text
     */
    public static String markdown(EvidenceMapping mapping) {
        FrameworkCatalog catalog = mapping.catalog();
        StringBuilder out = new StringBuilder();
        out.append("# Framework mapping: which manifest field is evidence for what\n\n");
        out.append("<!-- Generated from core/src/main/resources/dev/mlbom/frameworks/{catalog,mapping}.json by"
                + " dev.mlbom.frameworks.MappingDocument; do not edit by hand. FrameworkMappingDocTest fails when"
                + " this file is out of date (regenerate with -Dmlbom.regenerate=true). -->\n\n");
        out.append("Catalog version ").append(catalog.version()).append(", mapping version ").append(mapping.version())
                .append(".\n\n");
        out.append("Entry ids are the frameworks' own identifiers. Titles are short paraphrases written for mlbom,"
                + " not the official text: read the official documents for the requirements. Field paths use the"
                + " same language as a policy's required fields (`dev.mlbom.schema.RequiredField`): JSON Pointers"
                + " into a manifest where `name[]` means \"a non-empty array, and every element has the rest of the"
                + " path\", `name[*]` means \"every element, if there are any\", and `|` separates alternatives."
                + " A field counts as evidence when it is present and not null, blank text, an empty array or an"
                + " empty object.\n\n");
        out.append("Frameworks:\n\n");
        for (Framework framework : catalog.frameworks()) {
            long mapped = catalog.entries(framework.id()).stream().filter(e -> !mapping.fieldsFor(e).isEmpty()).count();
            out.append("- **").append(CoverageRenderer.md(framework.name())).append("**, ")
                    .append(CoverageRenderer.md(framework.edition())).append(" (`").append(framework.id())
                    .append("`): ").append(catalog.entries(framework.id()).size()).append(" entries, ").append(mapped)
                    .append(" evidenced by manifest fields\n");
        }
        out.append("\n## Manifest fields\n\n");
        out.append("| Field | What it shows | Evidence for |\n|---|---|---|\n");
        for (FieldEvidence field : mapping.fields()) {
            out.append("| `").append(field.path().value()).append("` | ").append(CoverageRenderer.md(field.why()))
                    .append(" | ").append(field.evidences().stream().map(e -> CoverageRenderer.md(e.ref()))
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        for (Framework framework : catalog.frameworks()) {
            out.append("\n## ").append(CoverageRenderer.md(framework.name())).append(", ")
                    .append(CoverageRenderer.md(framework.edition())).append("\n\n");
            List<CatalogEntry> entries = catalog.entries(framework.id());
            boolean functions = entries.stream().anyMatch(e -> e.function().isPresent());
            out.append(functions ? "| Entry | Function | Title | Evidenced by |\n|---|---|---|---|\n"
                    : "| Entry | Title | Evidenced by |\n|---|---|---|\n");
            for (CatalogEntry entry : entries) {
                out.append("| ").append(CoverageRenderer.md(entry.id())).append(" | ");
                if (functions) {
                    out.append(entry.function().map(Enum::name).orElse("")).append(" | ");
                }
                out.append(CoverageRenderer.md(entry.title())).append(" | ");
                List<FieldEvidence> fields = mapping.fieldsFor(entry);
                if (fields.isEmpty()) {
                    out.append("*not evidenced by a manifest:* ")
                            .append(CoverageRenderer.md(mapping.notEvidencedReason(entry).orElse("")));
                } else {
                    out.append(fields.stream().map(f -> "`" + f.path().value() + "`").collect(Collectors.joining(", ")));
                }
                out.append(" |\n");
            }
        }
        return out.toString();
    }
}
