package dev.traverse.app.isolation;

import dev.traverse.app.isolation.Row.Need;
import java.util.EnumSet;
import java.util.Set;

/**
 * The callers of the matrix: nobody, the three roles of organization A, B's admin, and API keys of A. The rules of
 * {@link #expect} are the access contract as docs/api.md states it, written down independently of the code that
 * enforces it.
 */
enum Caller {
    ANONYMOUS(null),
    GUEST_A(Set.of(Need.READ)),
    MEMBER_A(Set.of(Need.READ, Need.WRITE)),
    ADMIN_A(Set.of(Need.READ, Need.WRITE, Need.ADMIN, Need.AUDIT)),
    ADMIN_B(Set.of(Need.READ, Need.WRITE, Need.ADMIN, Need.AUDIT)),
    /** A's key, organization-wide, with exactly the row's scope (every scope when keys may not call the row). */
    KEY_WITH_SCOPE(null),
    /** A's key, organization-wide, with every scope but the row's (only {@code read} when keys may not call it). */
    KEY_WITHOUT_SCOPE(null),
    /** A's key with every scope, limited to a project of A other than the one holding A's objects. */
    KEY_OF_OTHER_PROJECT(null),
    REVOKED_KEY(null),
    EXPIRED_KEY(null);

    /** What the caller's role allows; null for anonymous callers and keys. */
    private final Set<Need> role;

    Caller(Set<Need> role) {
        this.role = role;
    }

    /** What a call of the row's endpoint gets when it addresses the target. */
    Outcome expect(Row row, Target target) {
        if (this == ANONYMOUS || this == REVOKED_KEY || this == EXPIRED_KEY) {
            return Outcome.UNAUTHORIZED;
        }
        if (row.need() == Need.OPERATOR) {
            return Outcome.FORBIDDEN;
        }
        if (row.need() == Need.SIGNED_IN) {
            return isKey() ? Outcome.FORBIDDEN : Outcome.SUCCESS;
        }
        // Whether the addressed object exists is the first thing a caller learns, so it is only learnt from inside.
        if (!sees(target)) {
            return Outcome.NOT_FOUND;
        }
        if (isKey()) {
            return this == KEY_WITH_SCOPE && row.scope() != null ? Outcome.SUCCESS : Outcome.FORBIDDEN;
        }
        return role.contains(row.need()) ? Outcome.SUCCESS : Outcome.FORBIDDEN;
    }

    boolean isKey() {
        return role == null && this != ANONYMOUS;
    }

    /**
     * Whether the caller may know the target exists: members see their organization's objects, keys those of their
     * organization, and a key limited to a project nothing outside it, its organization included.
     */
    private boolean sees(Target target) {
        return switch (target) {
            case OF_A ->
                EnumSet.of(GUEST_A, MEMBER_A, ADMIN_A, KEY_WITH_SCOPE, KEY_WITHOUT_SCOPE)
                        .contains(this);
            case OF_B -> this == ADMIN_B;
            case MISSING, NONE -> false;
        };
    }

    /** What the call addresses. */
    enum Target {
        /** An object of organization A. */
        OF_A,
        /** The equivalent object of organization B. */
        OF_B,
        /** An id of the right shape that names nothing. */
        MISSING,
        /** Nothing: the endpoint addresses no organization's resource. */
        NONE
    }

    /** The expected answer. */
    enum Outcome {
        SUCCESS,
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND;

        boolean matches(int status) {
            return switch (this) {
                case SUCCESS -> status / 100 == 2;
                case UNAUTHORIZED -> status == 401;
                case FORBIDDEN -> status == 403;
                case NOT_FOUND -> status == 404;
            };
        }
    }
}
