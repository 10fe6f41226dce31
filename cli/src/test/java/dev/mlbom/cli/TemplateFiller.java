package dev.mlbom.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills every placeholder of {@code mlbom init}'s template with its own example, as a user would. */
final class TemplateFiller {

    private static final Pattern PLACEHOLDER = Pattern.compile("\"<([^\"]*)>\"");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?");

    private TemplateFiller() {
    }

    static String fill(String template) {
        StringBuilder out = new StringBuilder();
        for (String line : template.split("\n", -1)) {
            int comment = commentStart(line);
            String code = line.substring(0, comment);
            Matcher m = PLACEHOLDER.matcher(code);
            out.append(m.replaceAll(r -> Matcher.quoteReplacement(value(r.group(1))))).append(line.substring(comment))
                    .append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static int commentStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && (i == 0 || line.charAt(i - 1) == ' ')) {
                return i;
            }
        }
        return line.length();
    }

    private static String value(String hint) {
        if (hint.startsWith("one of: ")) {
            return hint.substring("one of: ".length()).split(",")[0].strip();
        }
        if (hint.equals("true or false")) {
            return "true";
        }
        if (hint.startsWith("number of")) {
            return "1000";
        }
        if (hint.contains("YYYY-MM-DD")) {
            return "\"2026-10-30\"";
        }
        int eg = hint.indexOf("e.g. ");
        if (eg < 0) {
            return "\"filled " + hint.replace("\"", "") + "\"";
        }
        String example = hint.substring(eg + 5);
        if (example.startsWith("sha256:")) {
            return "\"sha256:" + "ab".repeat(32) + "\"";
        }
        if (NUMBER.matcher(example).matches()) {
            return example;
        }
        return "\"" + example + "\"";
    }
}
