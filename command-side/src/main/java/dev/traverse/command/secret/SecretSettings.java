package dev.traverse.command.secret;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The master keys that encrypt the projects' data keys ({@code traverse.secrets.*}).
 *
 * @param masterKeys master keys by id, each 32 bytes in base64; keep a retired key here until the application has
 *     started once with the new one active (data keys are re-wrapped on start), then remove it
 * @param activeMasterKey the id of the key new and re-wrapped data keys are encrypted with
 */
@ConfigurationProperties("traverse.secrets")
public record SecretSettings(Map<String, String> masterKeys, String activeMasterKey) {

    public SecretSettings {
        masterKeys = masterKeys == null ? Map.of() : Map.copyOf(masterKeys);
    }

    boolean configured() {
        return activeMasterKey != null && masterKeys.containsKey(activeMasterKey);
    }
}
