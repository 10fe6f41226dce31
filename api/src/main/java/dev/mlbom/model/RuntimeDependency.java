package dev.mlbom.model;

import java.util.Optional;

/**
 * A component the deployed model depends on at run time: a corpus, a vector index, a prompt
 * template, a tool invoker, a filter, a policy, a library.
 *
 * @param name the component's name (unique within a manifest)
 * @param kind what it is
 * @param kindOther what it is, when {@code kind} is {@code OTHER}
 * @param version its version
 * @param uri where it is
 * @param digest a digest that pins it
 */
public record RuntimeDependency(String name, ComponentKind kind, Optional<String> kindOther, Optional<String> version,
        Optional<String> uri, Optional<Digest> digest) {

    /** Checks the invariants. */
    public RuntimeDependency {
        Check check = new Check();
        check.text("name", name);
        check.required("kind", kind);
        kindOther = check.other("kind", kind, ComponentKind.OTHER, kindOther);
        version = check.optionalText("version", version);
        uri = check.optionalText("uri", uri);
        digest = check.optional(digest);
        check.done();
    }
}
