package dev.mlbom.cli.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/**
 * Writes {@code --json} output: plain maps, lists, strings, numbers, booleans and nulls as
 * indented JSON, one document per command, on stdout. Field names are lower camel case and
 * stable; fields may be added in later versions, never renamed.
 *
 * <p>Stateless; thread-safe.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /**
     * Prints one JSON document and a line break.
     *
     * @param out where to print
     * @param value maps with string keys, lists, strings, numbers, booleans or null
     */
    public static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write --json output: " + e.getOriginalMessage(), e);
        }
        out.flush();
    }
}
