package dev.mlbom.schema.internal;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import dev.mlbom.schema.Violation;

/**
 * Turns validator messages into {@link Violation}s with exact pointers: for {@code required} and
 * {@code additionalProperties} the pointer names the missing or unknown member itself, not the
 * object holding it. Stateless and thread-safe.
 */
public final class Violations {

    private Violations() {
    }

    /**
     * Converts one message.
     *
     * @param message the validator's message
     * @return the violation
     */
    public static Violation of(ValidationMessage message) {
        String keyword = message.getType() == null ? "unknown" : message.getType();
        String pointer = pointer(message.getInstanceLocation());
        String text = strip(message.getMessage());
        String property = message.getProperty();
        switch (keyword) {
            case "required":
                if (property != null) {
                    return new Violation(pointer + "/" + escape(property), keyword, "is required");
                }
                break;
            case "additionalProperties":
            case "unevaluatedProperties":
                if (property != null) {
                    return new Violation(pointer + "/" + escape(property), keyword,
                            "is not a known member here; remove it or, for extra data, put it under /extensions"
                                    + " with a namespaced key");
                }
                break;
            default:
                break;
        }
        return new Violation(pointer, keyword, text);
    }

    private static String pointer(JsonNodePath path) {
        if (path == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append('/').append(element instanceof Integer ? element.toString() : escape(String.valueOf(element)));
        }
        return out.toString();
    }

    /** Drops the location prefix ({@code /a/b: }) the validator puts before its message. */
    private static String strip(String message) {
        if (message == null) {
            return "is not valid";
        }
        if (message.startsWith("/") || message.startsWith("$") || message.startsWith(": ")) {
            int colon = message.indexOf(": ");
            if (colon >= 0) {
                return message.substring(colon + 2);
            }
        }
        return message;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
