package dev.traverse.api.traversal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a secret away from a traversal; detaching an absent secret changes nothing. */
public record DetachSecret(@TargetAggregateIdentifier String traversalId, String secretId) {}
