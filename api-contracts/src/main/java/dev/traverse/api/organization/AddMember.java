package dev.traverse.api.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a user of the identity provider to an organization with a role. */
public record AddMember(@TargetAggregateIdentifier String organizationId, String memberId, String userId, Role role) {}
