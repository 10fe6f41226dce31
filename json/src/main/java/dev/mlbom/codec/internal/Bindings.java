package dev.mlbom.codec.internal;

import java.util.List;
import java.util.Optional;

/**
 * The schema versions this mlbom reads, and the one it writes. Immutable and thread-safe.
 */
public final class Bindings {

    private static final ManifestV1 V1 = new ManifestV1();
    private static final List<SchemaBinding> ALL = List.of(V1);

    private Bindings() {
    }

    /**
     * The binding new manifests are written with.
     *
     * @return the current binding
     */
    public static SchemaBinding current() {
        return V1;
    }

    /**
     * The binding of a schema URI.
     *
     * @param schemaUri the document's {@code schema} value
     * @return the binding, or empty when this mlbom does not read that version
     */
    public static Optional<SchemaBinding> forSchema(String schemaUri) {
        for (SchemaBinding binding : ALL) {
            if (binding.schemaUri().equals(schemaUri)) {
                return Optional.of(binding);
            }
        }
        return Optional.empty();
    }

    /**
     * Every schema URI this mlbom reads, for messages.
     *
     * @return the URIs
     */
    public static List<String> readable() {
        return ALL.stream().map(SchemaBinding::schemaUri).toList();
    }
}
