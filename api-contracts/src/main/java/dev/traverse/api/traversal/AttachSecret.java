package dev.traverse.api.traversal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a traversal a secret value of its project as an input; attaching an attached secret changes nothing. */
public record AttachSecret(@TargetAggregateIdentifier String traversalId, String secretId) {}
