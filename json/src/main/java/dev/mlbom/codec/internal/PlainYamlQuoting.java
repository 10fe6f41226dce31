package dev.mlbom.codec.internal;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which YAML strings may be written plain (unquoted): only words made of letters, digits
 * and {@code _ . / @ + ( ) -} separated by single spaces, starting with a letter, {@code _} or
 * {@code /}, that are not one of YAML 1.1's booleans or null. Everything else is double-quoted, so
 * a string never reads back as a number, a boolean, a null, a date or YAML syntax. Stateless and
 * thread-safe.
 */
final class PlainYamlQuoting extends StringQuotingChecker {

    private static final long serialVersionUID = 1L;

    private static final Pattern PLAIN = Pattern.compile(
            "[\\p{L}_/][\\p{L}\\p{N}_./@+()-]*(?: [\\p{L}\\p{N}_./@+()-]+)*");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null",
            "nan", "inf");

    @Override
    public boolean needToQuoteName(String name) {
        return needToQuoteValue(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return !PLAIN.matcher(value).matches() || RESERVED.contains(value.toLowerCase(Locale.ROOT));
    }
}
