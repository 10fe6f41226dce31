package dev.mlbom.model;

import java.util.Optional;

/**
 * How large a dataset is. At least one measure is present.
 *
 * @param records number of records (examples, documents, rows)
 * @param bytes size in bytes
 * @param tokens number of tokens
 */
public record DatasetSize(Optional<Long> records, Optional<Long> bytes, Optional<Long> tokens) {

    /** Checks that at least one measure is present and none is negative. */
    public DatasetSize {
        Check check = new Check();
        records = check.optional(records);
        bytes = check.optional(bytes);
        tokens = check.optional(tokens);
        check.nonNegative("records", records);
        check.nonNegative("bytes", bytes);
        check.nonNegative("tokens", tokens);
        if (records.isEmpty() && bytes.isEmpty() && tokens.isEmpty()) {
            check.add("records", "a dataset size needs at least one of records, bytes or tokens");
        }
        check.done();
    }
}
