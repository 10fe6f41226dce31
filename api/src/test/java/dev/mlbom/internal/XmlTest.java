package dev.mlbom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTest {

    @Test
    void theFiveMarkupCharactersAreEscaped() {
        assertThat(Xml.escape("a & b < c > d \" e ' f")).isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
        assertThat(Xml.escape("&amp;")).isEqualTo("&amp;amp;");
        assertThat(Xml.escape("<script>alert('x')</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void whitespaceAndOrdinaryTextAreKept() {
        assertThat(Xml.escape("tab\there\nline\rcr")).isEqualTo("tab\there\nline\rcr");
        assertThat(Xml.escape("acme/bot@2.3.0 — ünïcödé")).isEqualTo("acme/bot@2.3.0 — ünïcödé");
        assertThat(Xml.escape("")).isEmpty();
    }

    @Test
    void controlCharactersXmlForbidsBecomeTheReplacementCharacter() {
        assertThat(Xml.escape("a\u0000b\u0001c\u001Fd\u000Be\u000Cf")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
        assertThat(Xml.escape("\uFFFE\uFFFF")).isEqualTo("\uFFFD\uFFFD");
        assertThat(Xml.escape("\u007F\u0085")).isEqualTo("\u007F\u0085"); // allowed by XML 1.0
    }

    @Test
    void surrogatePairsAreKeptAndLoneSurrogatesReplaced() {
        String emoji = new String(Character.toChars(0x1F916));
        assertThat(Xml.escape("bot " + emoji)).isEqualTo("bot " + emoji);
        assertThat(Xml.escape("a\uD83Eb")).isEqualTo("a\uFFFDb"); // high without low
        assertThat(Xml.escape("a\uDD16b")).isEqualTo("a\uFFFDb"); // low without high
        assertThat(Xml.escape("\uD83E")).isEqualTo("\uFFFD"); // high at the end
        assertThat(Xml.escape("\uDD16\uD83E")).isEqualTo("\uFFFD\uFFFD"); // reversed pair
    }
}
