package dev.traverse.api.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates an organization; the creating user becomes its first admin under {@code creatorMemberId}. */
public record CreateOrganization(
        @TargetAggregateIdentifier String organizationId,
        String name,
        String logo,
        String creatorUserId,
        String creatorMemberId) {}
