package dev.traverse.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorGroupsTest {

    @Test
    void numbersIdsAndHashesBecomePlaceholders() {
        assertThat(ErrorGroups.of("Test timeout of 30000ms exceeded."))
                .isEqualTo(ErrorGroups.of("Test timeout of 1000ms exceeded."))
                .isEqualTo("Test timeout of <n>ms exceeded.");
        assertThat(ErrorGroups.of("order 3f2a9c1b-1111-4e5f-9a0b-0123456789ab not found at 0x7ffe12ab9f"))
                .isEqualTo("order <id> not found at <hex>");
        assertThat(ErrorGroups.of("commit 2f4bb8d916741bacc6cb failed\n  twice"))
                .isEqualTo("commit <hex> failed twice");
    }

    @Test
    void wordsStayAndNothingGivesNoGroup() {
        assertThat(ErrorGroups.of("deadbeef is not a number")).isEqualTo("deadbeef is not a number");
        assertThat(ErrorGroups.of(null)).isNull();
        assertThat(ErrorGroups.of("  ")).isNull();
        assertThat(ErrorGroups.of("x".repeat(1000))).hasSize(300);
    }
}
