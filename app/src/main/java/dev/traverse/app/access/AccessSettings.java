package dev.traverse.app.access;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings ({@code traverse.access.*}).
 *
 * @param operators user ids (the token's {@code sub}) of the platform's operators, who may administer projections;
 *     none by default
 */
@ConfigurationProperties("traverse.access")
record AccessSettings(@DefaultValue List<String> operators) {

    Set<String> operatorIds() {
        return Set.copyOf(operators);
    }
}
