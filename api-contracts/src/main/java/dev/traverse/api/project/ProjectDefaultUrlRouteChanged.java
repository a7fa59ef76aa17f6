package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A project's default URL route changed. */
@Revision("1")
public record ProjectDefaultUrlRouteChanged(
        String projectId, String organizationId, String defaultUrlRoute, long version) implements OrganizationScoped {}
