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

    /** The path variable holding the resource id; empty for {@link Permission#AUTHENTICATED} endpoints. */
    String resource() default "";
}
