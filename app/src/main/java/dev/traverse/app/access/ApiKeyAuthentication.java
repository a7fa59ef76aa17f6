package dev.traverse.app.access;

import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A caller authenticated by an API key: the key's id, organization, optional project and scopes. */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final String keyId;
    private final String organizationId;
    private final String projectId;
    private final Set<String> scopes;

    public ApiKeyAuthentication(String keyId, String organizationId, String projectId, Set<String> scopes) {
        super(List.of());
        this.keyId = keyId;
        this.organizationId = organizationId;
        this.projectId = projectId;
        this.scopes = Set.copyOf(scopes);
        setAuthenticated(true);
    }

    public String keyId() {
        return keyId;
    }

    public String organizationId() {
        return organizationId;
    }

    /** The one project the key is limited to, or null. */
    public String projectId() {
        return projectId;
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return keyId;
    }

    @Override
    public String getName() {
        return keyId;
    }
}
