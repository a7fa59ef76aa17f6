package dev.traverse.app;

/**
 * The API-key pepper and master keys the test applications run with. They only protect test databases that are dropped
 * after the run.
 */
public final class TestSecrets {

    public static final String PEPPER = "integration-test-pepper-0123456789abcdef";

    /** Master key "one" (the active one in tests), 32 bytes in base64. */
    public static final String MASTER_KEY_ONE = "bnlZRLRk3o0vkxkzm/Eh6Rk0gzholuJnj9AlIL6ep/w=";

    /** Master key "two", for rotation tests. */
    public static final String MASTER_KEY_TWO = "mrhnl5sNcPhtFh5IgxwXdPR3I70Us5ot5t7D2aFafcQ=";

    private TestSecrets() {}

    /** The settings that make API keys and secrets work with master key "one" active, as command-line arguments. */
    public static String[] settings() {
        return new String[] {
            "traverse.api-keys.pepper=" + PEPPER,
            "traverse.secrets.master-keys.one=" + MASTER_KEY_ONE,
            "traverse.secrets.active-master-key=one"
        };
    }
}
