package dev.traverse.app.projection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the projections ({@code traverse.projections.*}).
 *
 * @param batchSize events per projection transaction
 * @param segments initial number of segments per processor (parallelism across organizations)
 * @param consistencyTimeout how long a write waits for the read model before answering anyway
 * @param pollInterval how often idle processors look for events written by other nodes
 */
@ConfigurationProperties("traverse.projections")
public record ProjectionSettings(
        @DefaultValue("250") int batchSize,
        @DefaultValue("2") int segments,
        @DefaultValue("5s") Duration consistencyTimeout,
        @DefaultValue("10ms") Duration pollInterval) {}
