package dev.traverse.api.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a member; the organization must keep at least one admin. */
public record RemoveMember(@TargetAggregateIdentifier String organizationId, String memberId, Long expectedVersion) {}
