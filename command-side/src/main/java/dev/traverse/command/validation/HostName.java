package dev.traverse.command.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A DNS host name (RFC 1123 labels, at most 253 characters), optionally with a leading {@code *.} wildcard as the
 * agent's allowed-domain lists use it. {@code null} is valid; combine with {@code @NotNull} where needed.
 */
@Documented
@Constraint(validatedBy = HostNameValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HostName {

    String message() default "must be a host name such as example.com or *.example.com";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
