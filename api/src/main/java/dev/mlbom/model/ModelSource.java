package dev.mlbom.model;

import java.util.Optional;

/**
 * Where a model comes from.
 *
 * @param type hub, vendor, internal or other
 * @param typeOther what the source is, when {@code type} is {@code OTHER}
 * @param uri where to find it, e.g. {@code https://huggingface.co/acme/support-bot}
 * @param revision the exact revision (commit, tag or version) taken
 */
public record ModelSource(ModelSourceType type, Optional<String> typeOther, Optional<String> uri,
        Optional<String> revision) {

    /** Checks the invariants. */
    public ModelSource {
        Check check = new Check();
        check.required("type", type);
        typeOther = check.other("type", type, ModelSourceType.OTHER, typeOther);
        uri = check.optionalText("uri", uri);
        revision = check.optionalText("revision", revision);
        check.done();
    }
}
