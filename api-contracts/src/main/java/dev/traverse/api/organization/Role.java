package dev.traverse.api.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.traverse.api.access.Permission;
import java.util.Arrays;
import java.util.Locale;

/** A member's role in an organization. Guests only read; members read and write; admins also manage the organization. */
public enum Role {
    ADMIN,
    MEMBER,
    GUEST;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role fromWireName(String value) {
        return Arrays.stream(values())
                .filter(role -> role.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("role must be one of admin, member, guest"));
    }

    /** Whether a member holding this role may do what {@code permission} demands. */
    public boolean allows(Permission permission) {
        return switch (permission) {
            case AUTHENTICATED, READ -> true;
            case WRITE -> this != GUEST;
            case ADMIN, AUDIT -> this == ADMIN;
            case OPERATOR -> false;
        };
    }
}
