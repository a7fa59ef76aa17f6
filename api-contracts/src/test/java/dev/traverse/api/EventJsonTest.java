package dev.traverse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.traverse.api.access.Permission;
import dev.traverse.api.change.Change;
import dev.traverse.api.organization.MemberAdded;
import dev.traverse.api.organization.Role;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private final ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Test
    void eventsRoundTripAsSnakeCaseJson() throws Exception {
        MemberAdded event = new MemberAdded("o", "m", "u", Role.GUEST, 1);
        String text = json.writeValueAsString(event);
        assertThat(text).contains("\"organization_id\":\"o\"", "\"user_id\":\"u\"", "\"role\":\"guest\"");
        assertThat(json.readValue(text, MemberAdded.class)).isEqualTo(event);
    }

    @Test
    void rolesAreLowercaseOnTheWireAndUnknownOnesAreRefused() {
        assertThat(Role.fromWireName("admin")).isEqualTo(Role.ADMIN);
        assertThatThrownBy(() -> Role.fromWireName("owner")).hasMessageContaining("admin, member, guest");
    }

    @Test
    void rolesGrantPermissionsInOrder() {
        assertThat(Role.GUEST.allows(Permission.READ)).isTrue();
        assertThat(Role.GUEST.allows(Permission.WRITE)).isFalse();
        assertThat(Role.MEMBER.allows(Permission.WRITE)).isTrue();
        assertThat(Role.MEMBER.allows(Permission.ADMIN)).isFalse();
        assertThat(Role.ADMIN.allows(Permission.ADMIN)).isTrue();
    }

    @Test
    void changesTellKeepFromClear() {
        assertThat(Change.apply(null, "old")).isEqualTo("old");
        assertThat(Change.apply(Change.to(null), "old")).isNull();
        assertThat(Change.alters(null, "old")).isFalse();
        assertThat(Change.alters(Change.to("old"), "old")).isFalse();
        assertThat(Change.alters(Change.to("new"), "old")).isTrue();
    }
}
