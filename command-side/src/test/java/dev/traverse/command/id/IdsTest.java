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
    void recognisesForeignShapes() {
        assertThat(Ids.isWellFormed(null)).isFalse();
        assertThat(Ids.isWellFormed("1abcdefghijklmnopqrstuvw")).isFalse();
        assertThat(Ids.isWellFormed("abc")).isFalse();
        assertThat(Ids.isWellFormed("Abcdefghijklmnopqrstuvwx")).isFalse();
    }
}
