package dev.mlbom.schema.internal;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;

/**
 * A schema loader that keeps validation offline: it lets the validator's own class-path loader
 * serve bundled resources (the JSON Schema meta-schemas, which the validator maps from
 * {@code https://json-schema.org/...} to {@code classpath:}) and refuses everything else, so no
 * reference is ever fetched from the network. Stateless and thread-safe.
 */
public final class OfflineSchemaLoader implements SchemaLoader {

    @Override
    public InputStreamSource getSchema(AbsoluteIri iri) {
        String text = iri.toString();
        if (text.startsWith("classpath:") || text.startsWith("resource:")) {
            return null; // the validator's class-path loader serves it next
        }
        throw new IllegalStateException("mlbom does not load schemas from the network or the file system: "
                + text);
    }
}
