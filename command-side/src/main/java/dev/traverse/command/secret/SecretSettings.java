package dev.traverse.command.secret;

import java.util.Map;
import java.util.stream.Collectors;
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
        // Blank values come from templated environments (TRAVERSE_SECRETS_MASTERKEYS_M1=""): they mean "no key".
        masterKeys = masterKeys == null
                ? Map.of()
                : masterKeys.entrySet().stream()
                        .filter(entry ->
                                entry.getValue() != null && !entry.getValue().isBlank())
                        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        activeMasterKey = activeMasterKey == null || activeMasterKey.isBlank() ? null : activeMasterKey;
        if (activeMasterKey != null && !masterKeys.containsKey(activeMasterKey)) {
            throw new IllegalStateException("traverse.secrets.active-master-key names '" + activeMasterKey
                    + "', which is not among traverse.secrets.master-keys " + masterKeys.keySet());
        }
    }

    boolean configured() {
        return activeMasterKey != null && masterKeys.containsKey(activeMasterKey);
    }
}
