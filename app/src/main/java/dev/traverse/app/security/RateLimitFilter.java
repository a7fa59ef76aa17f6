package dev.traverse.app.security;

import dev.traverse.app.access.ApiKeyAuthentication;
import dev.traverse.app.problem.ProblemResponses;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-key rate limit for API keys (Bucket4j token buckets, per node): {@code burst} requests at once, refilled at
 * {@code per-second}. Beyond it: 429 with {@code Retry-After}. Users with JWTs are not limited here.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimitSettings settings;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(RateLimitSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiKeyAuthentication key) {
            ConsumptionProbe probe =
                    buckets.computeIfAbsent(key.keyId(), id -> newBucket()).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(
                        1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
                response.setHeader("Retry-After", Long.toString(seconds));
                ProblemResponses.write(
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "rate-limited",
                        "this API key sent too many requests; retry after " + seconds + " s",
                        null);
                return;
            }
            response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        }
        chain.doFilter(request, response);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(settings.burst())
                        .refillGreedy(settings.perSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
