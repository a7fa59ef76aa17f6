package dev.traverse.api.access;

/** What an endpoint demands of its caller within the organization that owns the addressed resource. */
public enum Permission {
    /** Any authenticated caller; the endpoint addresses no existing resource (creating an organization). */
    AUTHENTICATED,
    /** Guests, members and admins. */
    READ,
    /** Members and admins. */
    WRITE,
    /** Admins only. */
    ADMIN,
    /**
     * Reading an organization's event history (audit endpoints): admins. API keys with an audit scope will be granted
     * it too; the application decides in one place, its access interceptor.
     */
    AUDIT,
    /**
     * Platform operators, named in the application's configuration rather than by a role in an organization; the
     * endpoint addresses no organization's resource.
     */
    OPERATOR
}
