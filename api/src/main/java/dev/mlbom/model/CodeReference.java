package dev.mlbom.model;

import java.util.Optional;

/**
 * The code that trained the model.
 *
 * @param repository the repository, e.g. {@code https://github.com/acme/trainer}
 * @param commit the exact commit
 * @param entryPoint the script or module run, e.g. {@code train_lora.py}
 */
public record CodeReference(String repository, Optional<String> commit, Optional<String> entryPoint) {

    /** Checks the invariants. */
    public CodeReference {
        Check check = new Check();
        check.text("repository", repository);
        commit = check.optionalText("commit", commit);
        entryPoint = check.optionalText("entryPoint", entryPoint);
        check.done();
    }
}
