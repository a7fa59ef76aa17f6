package dev.traverse.app.security;

import dev.traverse.app.problem.ProblemResponses;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/** Stateless bearer-token security: {@code /api/**} needs a valid token, health probes need none. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JwtSettings.class, OAuth2ResourceServerProperties.class})
class SecurityConfiguration {

    @Bean
    JwtDecoder jwtDecoder(JwtSettings settings, OAuth2ResourceServerProperties resourceServer) {
        return JwtDecoders.create(settings, resourceServer);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder) throws Exception {
        AuthenticationEntryPoint unauthorized = problemEntryPoint();
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/health")
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(
                        oauth -> oauth.jwt(jwt -> jwt.decoder(decoder)).authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, denied) -> ProblemResponses.write(
                                response, HttpStatus.FORBIDDEN, "forbidden", "access denied", null)))
                .build();
    }

    /** 401 with the standard WWW-Authenticate challenge and a problem body that never echoes the token. */
    private static AuthenticationEntryPoint problemEntryPoint() {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            challenge.commence(request, response, exception);
            ProblemResponses.write(
                    response, HttpStatus.UNAUTHORIZED, "unauthorized", "a valid bearer token is required", null);
        };
    }
}
