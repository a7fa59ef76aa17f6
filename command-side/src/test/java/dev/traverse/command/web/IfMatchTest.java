package dev.traverse.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.command.rejection.CommandRejectedException;
import dev.traverse.command.rejection.Rejection;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void readsStrongWeakAndBareVersions() {
        assertThat(IfMatch.expectedVersion("\"3\"")).isEqualTo(3L);
        assertThat(IfMatch.expectedVersion("W/\"12\"")).isEqualTo(12L);
        assertThat(IfMatch.expectedVersion("7")).isEqualTo(7L);
    }

    @Test
    void absentOrWildcardMeansAnyVersion() {
        assertThat(IfMatch.expectedVersion(null)).isNull();
        assertThat(IfMatch.expectedVersion(" ")).isNull();
        assertThat(IfMatch.expectedVersion("*")).isNull();
    }

    @Test
    void rejectsForeignEtagsNamingTheHeader() {
        for (String bad : new String[] {"\"abc\"", "\"0\"", "-1", "\"3", "W/x"}) {
            assertThatThrownBy(() -> IfMatch.expectedVersion(bad))
                    .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
                        assertThat(e.rejection()).isEqualTo(Rejection.INVALID);
                        assertThat(e.field()).isEqualTo("If-Match");
                    });
        }
    }

    @Test
    void etagQuotesTheVersion() {
        assertThat(IfMatch.etag(4)).isEqualTo("\"4\"");
    }
}
