package dev.traverse.app.request;

import dev.traverse.app.projection.ProjectionBarrier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** Places the write filter right after Spring Security, so it knows the caller. */
@Configuration(proxyBeanMethods = false)
class WriteRequestConfiguration {

    @Bean
    FilterRegistrationBean<WriteRequestFilter> writeRequestFilter(
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            IdempotencyStore idempotency,
            ProjectionBarrier barrier,
            @Value("${traverse.idempotency.max-body:64MB}") DataSize maxBody,
            @Value("${traverse.api-keys.pepper:}") String pepper) {
        FilterRegistrationBean<WriteRequestFilter> registration = new FilterRegistrationBean<>(new WriteRequestFilter(
                transactions, jdbc, idempotency, barrier, maxBody, new RequestFingerprint(pepper)));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
