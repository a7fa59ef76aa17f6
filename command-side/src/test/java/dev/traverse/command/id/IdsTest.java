package dev.traverse.command.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsHaveTheCuid2Shape() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(Ids.next())
                    .hasSize(24)
                    .matches("[a-z][a-z0-9]{23}")
                    .satisfies(id -> assertThat(Ids.isWellFormed(id)).isTrue());
        }
    }

    @Test
    void idsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(Ids.next())).isTrue();
        }
    }

    @Test
    void idsSpreadOverEveryLetterAndDigit() {
        Set<Character> first = new HashSet<>();
        Set<Character> rest = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String id = Ids.next();
            first.add(id.charAt(0));
            id.substring(1).chars().forEach(c -> rest.add((char) c));
        }
        assertThat(first).hasSize(26);
        assertThat(rest).hasSize(36);
    }

    @Test
    void recognisesForeignShapes() {
        assertThat(Ids.isWellFormed(null)).isFalse();
        assertThat(Ids.isWellFormed("1abcdefghijklmnopqrstuvw")).isFalse();
        assertThat(Ids.isWellFormed("abc")).isFalse();
        assertThat(Ids.isWellFormed("Abcdefghijklmnopqrstuvwx")).isFalse();
    }
}
