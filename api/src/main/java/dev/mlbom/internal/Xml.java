package dev.mlbom.internal;

/**
 * The one XML/HTML text escaper of mlbom, for every renderer that writes markup (the lineage SVG,
 * the framework-coverage HTML). The result is safe in element content and in single- or
 * double-quoted attribute values of XML 1.0 and HTML:
 *
 * <ul>
 *   <li>{@code &} {@code <} {@code >} {@code "} {@code '} become {@code &amp;} {@code &lt;}
 *       {@code &gt;} {@code &quot;} {@code &#39;} ({@code &#39;} rather than {@code &apos;},
 *       which HTML 4 does not know);</li>
 *   <li>characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return;
 *       U+FFFE and U+FFFF) and lone surrogates (half a pair, which no UTF-8 encoder can write)
 *       become U+FFFD, the replacement character, so the damage stays visible;</li>
 *   <li>everything else, including surrogate pairs, is kept as is.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Xml {

    /** What replaces a character XML cannot carry. */
    public static final char REPLACEMENT = '\uFFFD';

    private Xml() {
    }

    /**
     * Escapes text for XML or HTML content and attribute values.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                        out.append(REPLACEMENT);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
