package dev.traverse.app.access;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses to start the application when an endpoint under {@code /api} has no {@link Access} rule, or names a path
 * variable it does not have: an endpoint is never open by omission. Operator endpoints address no organization's
 * resource and name none.
 */
@Component
class AccessRules implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping mappings;

    AccessRules(RequestMappingHandlerMapping requestMappingHandlerMapping) {
        this.mappings = requestMappingHandlerMapping;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> broken = violations(mappings.getHandlerMethods());
        if (!broken.isEmpty()) {
            throw new IllegalStateException("endpoints with a missing or wrong @Access rule: " + broken);
        }
    }

    /** The endpoints under {@code /api} whose access rule is missing or names a path variable they lack. */
    static List<String> violations(Map<RequestMappingInfo, HandlerMethod> endpoints) {
        List<String> broken = new ArrayList<>();
        endpoints.forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Access access = method.getMethodAnnotation(Access.class);
                if (access == null) {
                    broken.add(info + " has none");
                } else if (access.value() != Permission.AUTHENTICATED
                        && access.value() != Permission.OPERATOR
                        && !pattern.contains("{" + access.resource() + "}")
                        && !hasRequiredParameter(method, access.resource())) {
                    broken.add(info + " names {" + access.resource() + "}, which is neither in its path nor a"
                            + " required query parameter");
                }
            }
        });
        return broken;
    }

    private static boolean hasRequiredParameter(HandlerMethod method, String name) {
        for (var parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && param.required() && (name.equals(param.name()) || name.equals(param.value()))) {
                return true;
            }
        }
        return false;
    }
}
