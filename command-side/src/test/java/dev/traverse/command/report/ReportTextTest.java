package dev.traverse.command.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void stripsColoursLinksAndStackFrames() {
        String raw = "\u001B[31mError:\u001B[39m \u001B]8;;https://x\u0007link\u001B]8;;\u0007 failed\n"
                + "    at foo (/a/b.ts:1:2)\n    at bar (/a/c.ts:3:4)\n";
        assertThat(ReportText.message(raw)).isEqualTo("Error: link failed");
    }

    @Test
    void boundsMessagesWithoutSplittingACharacter() {
        String emoji = "😀".repeat(ReportText.MESSAGE);
        String bounded = ReportText.message(emoji);
        assertThat(bounded.length()).isLessThanOrEqualTo(ReportText.MESSAGE);
        assertThat(bounded).endsWith("…");
        assertThat(Character.isHighSurrogate(bounded.charAt(bounded.length() - 2)))
                .isFalse();
    }

    @Test
    void namesAreOneLineAndPathsUseForwardSlashes() {
        assertThat(ReportText.name("a\n  b\tc", 100)).isEqualTo("a b\tc");
        assertThat(ReportText.path("tests\\e2e\\login.spec.ts")).isEqualTo("tests/e2e/login.spec.ts");
        assertThat(ReportText.message("   \n  ")).isNull();
    }
}
