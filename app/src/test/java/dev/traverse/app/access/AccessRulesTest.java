package dev.traverse.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

class AccessRulesTest {

    static class Endpoints {
        @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
        public void guarded() {}

        public void unguarded() {}

        @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "projectId")
        public void misnamed() {}

        @Access(Permission.OPERATOR)
        public void operators() {}
    }

    private static Map.Entry<RequestMappingInfo, HandlerMethod> endpoint(String path, String method) throws Exception {
        return Map.entry(
                RequestMappingInfo.paths(path).build(),
                new HandlerMethod(new Endpoints(), Endpoints.class.getMethod(method)));
    }

    @Test
    void acceptsEndpointsWithACompleteRule() throws Exception {
        assertThat(AccessRules.violations(Map.ofEntries(endpoint("/api/v1/projects/{id}", "guarded"))))
                .isEmpty();
    }

    @Test
    void reportsEndpointsWithoutARule() throws Exception {
        assertThat(AccessRules.violations(Map.ofEntries(endpoint("/api/v1/open", "unguarded"))))
                .singleElement()
                .asString()
                .contains("has none");
    }

    @Test
    void reportsRulesNamingAPathVariableTheEndpointLacks() throws Exception {
        assertThat(AccessRules.violations(Map.ofEntries(endpoint("/api/v1/projects/{id}", "misnamed"))))
                .singleElement()
                .asString()
                .contains("{projectId}");
    }

    @Test
    void acceptsOperatorEndpointsThatNameNoResource() throws Exception {
        assertThat(AccessRules.violations(Map.ofEntries(endpoint("/api/v1/admin/projections/{name}", "operators"))))
                .isEmpty();
    }

    @Test
    void ignoresEndpointsOutsideTheApi() throws Exception {
        assertThat(AccessRules.violations(Map.ofEntries(endpoint("/internal", "unguarded"))))
                .isEmpty();
    }
}
