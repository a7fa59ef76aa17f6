package dev.traverse.app.access;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.app.context.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces each endpoint's {@link Access} before it runs and hands the endpoint an {@link AccessGrant}. Spring
 * Security has already turned away anonymous callers with 401.
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

    static final String USER = "user";

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
        String actorId = actor();
        RequestContext.current().ifPresent(context -> context.identify(USER, actorId));
        request.setAttribute(AccessGrant.ATTRIBUTE, grant(access, actorId, pathVariables(request)));
        return true;
    }

    private AccessGrant grant(Access access, String actorId, Map<String, String> variables) {
        if (access.value() == Permission.AUTHENTICATED) {
            return new AccessGrant(actorId, null, null, null, null, null);
        }
        if (access.value() == Permission.OPERATOR) {
            if (!operators.contains(actorId)) {
                throw AccessProblem.forbidden("only the platform's operators may do this");
            }
            return new AccessGrant(actorId, null, null, null, null, null);
        }
        String resourceId = variables.get(access.resource());
        boolean anyKind = access.kind() == ResourceKind.ANY;
        AccessDirectory.Entry entry = directory
                .find(resourceId, actorId, anyKind)
                .filter(found -> (anyKind || found.kind() == access.kind()) && found.role() != null)
                .orElseThrow(AccessProblem::notFound);
        // Permission.AUDIT is where an API key's audit scope will be accepted besides the admin role.
        if (!entry.role().allows(access.value())) {
            throw AccessProblem.forbidden("your role '" + entry.role().wireName() + "' may not do this");
        }
        RequestContext.current().ifPresent(context -> context.scopeTo(entry.organizationId()));
        return new AccessGrant(
                actorId, entry.kind(), resourceId, entry.organizationId(), entry.projectId(), entry.role());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? Map.of() : (Map<String, String>) variables;
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw AccessProblem.forbidden("not authenticated");
        }
        return authentication.getName();
    }
}
