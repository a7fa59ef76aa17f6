package dev.traverse.command.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link HostName}. */
public class HostNameValidator implements ConstraintValidator<HostName, String> {

    private static final Pattern LABEL = Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isHostName(value);
    }

    /** Whether {@code value} is a host name, optionally behind a {@code *.} wildcard. */
    public static boolean isHostName(String value) {
        String host = value.startsWith("*.") ? value.substring(2) : value;
        if (host.isEmpty() || host.length() > 253 || host.endsWith(".")) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
