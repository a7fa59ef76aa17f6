package dev.traverse.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limit per API key ({@code traverse.api-keys.rate-limit.*}).
 *
 * @param burst requests a key may send at once
 * @param perSecond sustained requests per second
 */
@ConfigurationProperties("traverse.api-keys.rate-limit")
record RateLimitSettings(
        @DefaultValue("200") long burst,
        @DefaultValue("100") long perSecond) {}
