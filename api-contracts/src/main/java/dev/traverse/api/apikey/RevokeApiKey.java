package dev.traverse.api.apikey;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revokes an API key of the organization; it stops working at once. */
public record RevokeApiKey(@TargetAggregateIdentifier String keyId, String organizationId) {}
