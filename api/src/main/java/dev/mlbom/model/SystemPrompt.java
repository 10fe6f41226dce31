package dev.mlbom.model;

/**
 * A system prompt, recorded by digest so that the text itself need not be disclosed.
 *
 * @param name e.g. {@code support-agent-v4} (unique within the operations)
 * @param digest the digest of the prompt's UTF-8 bytes
 */
public record SystemPrompt(String name, Digest digest) {

    /** Checks the invariants. */
    public SystemPrompt {
        Check check = new Check();
        check.text("name", name);
        check.required("digest", digest);
        check.done();
    }
}
