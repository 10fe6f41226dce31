package dev.mlbom.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void safeEscapesEveryCharacterATerminalActsOn() {
        assertThat(Terminal.safe("\u001b[32m[pass]\r")).isEqualTo("\\u001b[32m[pass]\\u000d");
        assertThat(Terminal.safe("a\nb\tc\u007f\u0085\u009b\u2028\u2029\u202a\u202e\u2066\u2069"))
                .isEqualTo("a\\u000ab\\u0009c\\u007f\\u0085\\u009b\\u2028\\u2029\\u202a\\u202e\\u2066\\u2069");
        assertThat(Terminal.safe("acme/bot@1.0 é ü 日本")).isEqualTo("acme/bot@1.0 é ü 日本");
        assertThat(Terminal.safe(null)).isEmpty();
    }

    @Test
    void theOutputWriterKeepsLineFeedsAndTabsAndEscapesTheRest() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(Terminal.safeWriter(text));
        out.print("line\tone\n\u001b[2Kline two\r\n");
        out.write('\u009b');
        out.flush();
        assertThat(text.toString()).isEqualTo("line\tone\n\\u001b[2Kline two\\u000d\n\\u009b");
    }

    @Test
    void errorLinesFromInputCannotCarryEscapes() {
        assertThat(ErrorReporter.oneLine("key \u001b[32m[pass]\r\nnext")).isEqualTo("key \\u001b[32m[pass] next");
    }
}
