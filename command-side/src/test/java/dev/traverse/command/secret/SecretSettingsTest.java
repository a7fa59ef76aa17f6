package dev.traverse.command.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretSettingsTest {

    private static final String KEY = "bnlZRLRk3o0vkxkzm/Eh6Rk0gzholuJnj9AlIL6ep/w=";

    @Test
    void nothingSetMeansSecretsAreNotConfigured() {
        assertThat(new SecretSettings(null, null).configured()).isFalse();
        assertThat(new SecretSettings(Map.of(), "").configured()).isFalse();
    }

    @Test
    void blankKeysFromTemplatedEnvironmentsCountAsAbsent() {
        SecretSettings settings = new SecretSettings(Map.of("m1", "", "m2", KEY), "m2");
        assertThat(settings.masterKeys()).containsOnlyKeys("m2");
        assertThat(settings.configured()).isTrue();
    }

    @Test
    void anActiveKeyThatIsNotConfiguredStopsTheStart() {
        assertThatThrownBy(() -> new SecretSettings(Map.of("m1", KEY), "m2"))
                .hasMessageContaining("active-master-key names 'm2'")
                .hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> new SecretSettings(Map.of("m1", " "), "m1")).isInstanceOf(IllegalStateException.class);
    }
}
