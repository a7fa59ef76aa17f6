package dev.traverse.api.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a member another role; the organization must keep at least one admin. */
public record ChangeMemberRole(
        @TargetAggregateIdentifier String organizationId, String memberId, Role role, Long expectedVersion) {}
