package dev.traverse.app.security;

import dev.traverse.app.problem.ProblemResponses;
import dev.traverse.command.apikey.ApiKeyFormat;
import dev.traverse.command.apikey.ApiKeyHasher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stateless bearer-token security: {@code /api/**} needs a valid JWT or API key, health probes need neither. The
 * token's shape decides who checks it: {@code crk_live_...} the API keys, anything else the JWT decoder.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JwtSettings.class, OAuth2ResourceServerProperties.class, RateLimitSettings.class})
class SecurityConfiguration {

    /**
     * None of Spring Security's own observations. By default it wraps every filter of the chain, the authentication
     * and the authorization in an observation for tracing, which Traverse does not export; a profile of the cost
     * queries found a sixth of each request's CPU in them (docs/benchmarks.md). The HTTP server's request metrics stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    JwtDecoder jwtDecoder(JwtSettings settings, OAuth2ResourceServerProperties resourceServer) {

        return JwtDecoders.create(settings, resourceServer);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, JdbcTemplate jdbc, ApiKeyHasher hasher)
            throws Exception {
        AuthenticationEntryPoint unauthorized = problemEntryPoint();
        AuthenticationManager jwt = new ProviderManager(new JwtAuthenticationProvider(decoder));
        AuthenticationManager apiKeys = new ProviderManager(new ApiKeyAuthenticationProvider(jdbc, hasher));
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        AuthenticationManagerResolver<HttpServletRequest> byTokenShape = request -> {
            String token = tokens.resolve(request);
            return token != null && token.startsWith(ApiKeyFormat.PREFIX.substring(0, 4)) ? apiKeys : jwt;
        };
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/health")
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(oauth ->
                        oauth.authenticationManagerResolver(byTokenShape).authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, denied) -> ProblemResponses.write(
                                response, HttpStatus.FORBIDDEN, "forbidden", "access denied", null)))
                .build();
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> apiKeyRateLimit(RateLimitSettings settings) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(settings));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** 401 with the standard WWW-Authenticate challenge and a problem body that never echoes the token. */
    private static AuthenticationEntryPoint problemEntryPoint() {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            challenge.commence(request, response, exception);
            ProblemResponses.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "unauthorized",
                    "a valid bearer token (JWT or API key) is required",
                    null);
        };
    }
}
