package dev.mlbom.model;

import java.util.Optional;

/**
 * A safety filter applied to the model's input or output.
 *
 * @param name e.g. {@code pii-redactor} (unique within the operations)
 * @param version its version
 * @param description what it does
 */
public record SafetyFilter(String name, Optional<String> version, Optional<String> description) {

    /** Checks the invariants. */
    public SafetyFilter {
        Check check = new Check();
        check.text("name", name);
        version = check.optionalText("version", version);
        description = check.optionalText("description", description);
        check.done();
    }
}
