package dev.traverse.api.organization;

import dev.traverse.api.change.Change;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renames an organization and/or changes its logo; {@code expectedVersion} (nullable) guards against lost updates. */
public record UpdateOrganization(
        @TargetAggregateIdentifier String organizationId,
        Change<String> name,
        Change<String> logo,
        Long expectedVersion) {}
