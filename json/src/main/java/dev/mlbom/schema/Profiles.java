package dev.mlbom.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in required-field profiles, defined as data in the resource {@code profiles.json} of
 * this package, and custom profiles.
 *
 * <ul>
 *   <li>{@link #minimum()}: what a team should start with: model name and version, license, a
 *       data summary (at least one dataset, each with name, role and source type), the training
 *       procedure, significant evaluation results (at least one benchmark) and operational
 *       parameters (at least one deployment constraint, safety filter or permitted tool).</li>
 *   <li>{@link #complete()}: every field the design lists under "what the manifest records".</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; the built-in profiles are loaded once.
 */
public final class Profiles {

    private static final String RESOURCE = "profiles.json";

    private Profiles() {
    }

    /**
     * The minimum profile.
     *
     * @return the profile named {@code minimum}
     */
    public static RequiredFieldProfile minimum() {
        return Builtin.PROFILES.get("minimum");
    }

    /**
     * The complete profile.
     *
     * @return the profile named {@code complete}
     */
    public static RequiredFieldProfile complete() {
        return Builtin.PROFILES.get("complete");
    }

    /**
     * A built-in profile by name.
     *
     * @param name {@code minimum} or {@code complete}
     * @return the profile, or empty when there is none of that name
     */
    public static Optional<RequiredFieldProfile> named(String name) {
        return Optional.ofNullable(Builtin.PROFILES.get(name));
    }

    /**
     * A custom profile named {@code custom} requiring the given paths (each path is its own description).
     *
     * @param paths paths in {@link RequiredField} syntax, e.g. {@code /model/license}
     * @return the profile
     * @throws IllegalArgumentException when a path is invalid or repeated
     */
    public static RequiredFieldProfile custom(List<String> paths) {
        List<RequiredField> fields = new ArrayList<>();
        for (String path : paths) {
            fields.add(new RequiredField(path, path));
        }
        return new RequiredFieldProfile("custom", fields);
    }

    private static Map<String, RequiredFieldProfile> load() {
        try (InputStream in = Profiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the profile resource " + RESOURCE + " is missing from mlbom-schema");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, RequiredFieldProfile> profiles = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> profile : root.get("profiles").properties()) {
                List<RequiredField> fields = new ArrayList<>();
                for (JsonNode field : profile.getValue().get("fields")) {
                    fields.add(new RequiredField(field.get("path").textValue(), field.get("description").textValue()));
                }
                profiles.put(profile.getKey(), new RequiredFieldProfile(profile.getKey(), fields));
            }
            return Map.copyOf(profiles);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the profile resource " + RESOURCE, e);
        }
    }

    /** Loads the built-in profiles once, on first use. */
    private static final class Builtin {
        private static final Map<String, RequiredFieldProfile> PROFILES = load();
    }
}
