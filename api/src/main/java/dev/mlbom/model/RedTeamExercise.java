package dev.mlbom.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One adversarial testing or red-teaming exercise.
 *
 * @param date the day it ended
 * @param scope what was tested, e.g. {@code prompt injection via retrieved documents}
 * @param findings what was found (empty when nothing was)
 */
public record RedTeamExercise(LocalDate date, String scope, List<String> findings) {

    /** Checks the invariants and copies the list. */
    public RedTeamExercise {
        Check check = new Check();
        check.required("date", date);
        check.text("scope", scope);
        findings = check.texts("findings", findings);
        check.done();
    }
}
