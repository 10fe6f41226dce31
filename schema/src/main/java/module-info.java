/**
 * mlbom schema: the manifest JSON Schema (draft 2020-12), validation reports and required-field
 * profiles.
 */
module dev.mlbom.schema {
    requires transitive dev.mlbom.api;
    requires transitive com.fasterxml.jackson.databind;
    requires com.networknt.schema;

    exports dev.mlbom.schema;
}
