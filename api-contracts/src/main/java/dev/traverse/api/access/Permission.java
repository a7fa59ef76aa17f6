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
    ADMIN
}
