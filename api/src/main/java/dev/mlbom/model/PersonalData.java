package dev.mlbom.model;

import java.util.List;
import java.util.Optional;

/**
 * Whether a dataset holds personal data, which kinds, and how it is handled.
 *
 * @param present true when the dataset holds personal data
 * @param categories kinds of personal data, e.g. {@code email addresses}, {@code health data}
 * @param handling how it is protected, e.g. {@code pseudonymised; PII redacted before training}
 */
public record PersonalData(boolean present, List<String> categories, Optional<String> handling) {

    /** Checks the invariants and copies the list. */
    public PersonalData {
        Check check = new Check();
        categories = check.texts("categories", categories);
        handling = check.optionalText("handling", handling);
        if (!present && !categories.isEmpty()) {
            check.add("categories", "lists personal data categories although present is false");
        }
        check.done();
    }
}
