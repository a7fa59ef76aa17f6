package dev.traverse.app.access;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.app.context.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces each endpoint's {@link Access} before it runs and hands the endpoint an {@link AccessGrant}. Spring
 * Security has already turned away anonymous callers with 401. Users are checked by their role in the owning
 * organization; API keys by their organization, their project (when limited to one) and their scopes. Whatever the
 * caller may not know exists answers 404, exactly like a missing id.
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

    private final AccessDirectory directory;
    private final Set<String> operators;

    AccessInterceptor(AccessDirectory directory, AccessSettings settings) {
        this.directory = directory;
        this.operators = settings.operatorIds();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !request.getRequestURI().startsWith("/api/")) {
            return true;
        }
        Access access = method.getMethodAnnotation(Access.class);
        if (access == null) {
            throw AccessProblem.forbidden("this endpoint declares no access rule");
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            throw AccessProblem.forbidden("not authenticated");
        }
        AccessGrant grant = caller instanceof ApiKeyAuthentication key
                ? forKey(access, key, resourceId(access, request))
                : forUser(access, caller.getName(), resourceId(access, request));
        RequestContext.current().ifPresent(context -> {
            context.identify(grant.actorType(), grant.actorId());
            if (grant.organizationId() != null) {
                context.scopeTo(grant.organizationId());
            }
        });
        request.setAttribute(AccessGrant.ATTRIBUTE, grant);
        return true;
    }

    private AccessGrant forUser(Access access, String userId, String resourceId) {
        if (access.value() == Permission.AUTHENTICATED) {
            return new AccessGrant(AccessGrant.USER, userId, null, null, null, null, null);
        }
        if (access.value() == Permission.OPERATOR) {
            if (!operators.contains(userId)) {
                throw AccessProblem.forbidden("only the platform's operators may do this");
            }
            return new AccessGrant(AccessGrant.USER, userId, null, null, null, null, null);
        }
        AccessDirectory.Entry entry = lookup(access, resourceId, userId)
                .filter(found -> found.role() != null)
                .orElseThrow(AccessProblem::notFound);
        if (access.apiKeyOnly()) {
            throw AccessProblem.forbidden("only an API key with the " + access.scope() + " scope may do this");
        }
        if (!entry.role().allows(access.value())) {
            throw AccessProblem.forbidden("your role '" + entry.role().wireName() + "' may not do this");
        }
        return new AccessGrant(
                AccessGrant.USER,
                userId,
                entry.kind(),
                resourceId,
                entry.organizationId(),
                entry.projectId(),
                entry.role());
    }

    private AccessGrant forKey(Access access, ApiKeyAuthentication key, String resourceId) {
        if (access.value() == Permission.AUTHENTICATED || access.value() == Permission.OPERATOR) {
            throw AccessProblem.forbidden("API keys cannot do this; sign in as a user");
        }
        AccessDirectory.Entry entry = (access.kind() == ResourceKind.ARTIFACT
                        ? directory.findArtifactOf(required(access, resourceId), key.organizationId())
                        : lookup(access, resourceId, null))
                .filter(found -> found.organizationId().equals(key.organizationId()))
                .filter(found -> key.projectId() == null || key.projectId().equals(found.projectId()))
                .orElseThrow(AccessProblem::notFound);
        String scope = requiredScope(access);
        if (scope == null || !key.hasScope(scope)) {
            throw AccessProblem.forbidden(
                    scope == null ? "API keys cannot do this" : "this API key lacks the " + scope + " scope");
        }
        return new AccessGrant(
                AccessGrant.API_KEY,
                key.keyId(),
                entry.kind(),
                resourceId,
                entry.organizationId(),
                entry.projectId(),
                null);
    }

    /** The scope an API key needs: the declared one, else {@code read} for READ endpoints, else none may call. */
    private static String requiredScope(Access access) {
        if (!access.scope().isEmpty()) {
            return access.scope();
        }
        return access.value() == Permission.READ ? "read" : null;
    }

    /**
     * The addressed resource with the user's role in its organization ({@code userId} null: no role). An artifact may
     * belong to several organizations; for an API key, the key's organization must be one of them.
     */
    private Optional<AccessDirectory.Entry> lookup(Access access, String resourceId, String userId) {
        String id = required(access, resourceId);
        // Audit endpoints address ids of any kind, deleted ones included: history outlives the resource.
        boolean anyKind = access.kind() == ResourceKind.ANY;
        Optional<AccessDirectory.Entry> entry = access.kind() == ResourceKind.ARTIFACT
                ? directory.findArtifact(id, userId)
                : directory.find(id, userId, anyKind);
        return entry.filter(found -> anyKind || found.kind() == access.kind());
    }

    private static String required(Access access, String resourceId) {
        if (resourceId == null) {
            throw AccessProblem.missing(access.resource());
        }
        return resourceId;
    }

    /** The addressed id: the path variable the rule names, or else the query parameter of that name. */
    private static String resourceId(Access access, HttpServletRequest request) {
        if (access.value() == Permission.AUTHENTICATED || access.value() == Permission.OPERATOR) {
            return null;
        }
        String fromPath = pathVariables(request).get(access.resource());
        return fromPath != null ? fromPath : request.getParameter(access.resource());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? Map.of() : (Map<String, String>) variables;
    }
}
