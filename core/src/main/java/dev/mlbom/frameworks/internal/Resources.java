package dev.mlbom.frameworks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** Loads the built-in catalog data. Thread-safe. */
public final class Resources {
    private Resources() {
    }

    /**
     * Reads a JSON resource of package {@code dev.mlbom.frameworks}.
     *
     * @param name e.g. {@code catalog.json}
     * @return the tree
     * @throws IllegalStateException when the resource is missing or broken (a packaging bug)
     */
    public static JsonNode json(String name) {
        try (InputStream in = dev.mlbom.frameworks.FrameworkCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in resource dev/mlbom/frameworks/" + name + " is missing");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("built-in resource dev/mlbom/frameworks/" + name + " is unreadable", e);
        }
    }
}
