package dev.mlbom.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Who did what, when: an entry in the model's history (trained, evaluated, approved, released).
 *
 * @param actor who, e.g. {@code alice@acme.com} or {@code ci/training-pipeline}
 * @param role in which role, e.g. {@code ML engineer}, {@code risk officer}
 * @param action what, e.g. {@code approved for production}
 * @param timestamp when
 */
public record Event(String actor, Optional<String> role, String action, Instant timestamp) {

    /** Checks the invariants. */
    public Event {
        Check check = new Check();
        check.text("actor", actor);
        role = check.optionalText("role", role);
        check.text("action", action);
        check.required("timestamp", timestamp);
        check.done();
    }
}
