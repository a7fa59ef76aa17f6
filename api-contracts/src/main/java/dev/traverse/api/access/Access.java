package dev.traverse.api.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who may call an HTTP endpoint. The application refuses to start when an endpoint under {@code /api} lacks
 * this annotation, so no endpoint is open by omission.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Access {

    /** What the caller needs in the organization owning the resource. */
    Permission value();

    /** The kind of resource the path variable {@link #resource()} names. */
    ResourceKind kind() default ResourceKind.ORGANIZATION;

    /** The path variable (or required query parameter) holding the resource id; empty for AUTHENTICATED endpoints. */
    String resource() default "";

    /**
     * The API-key scope a caller authenticated with an API key needs ({@code runs:write}, {@code reports:write},
     * {@code secrets:reveal}, {@code audit} ...). Empty: READ endpoints need {@code read}; other endpoints are not
     * open to API keys.
     */
    String scope() default "";

    /** Only API keys (holding {@link #scope()}) may call the endpoint; users get 403. */
    boolean apiKeyOnly() default false;
}
