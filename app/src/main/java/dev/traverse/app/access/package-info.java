/**
 * Who may call what. Every endpoint declares an {@link dev.traverse.api.access.Access}; the interceptor resolves the
 * addressed id to its organization in the write-side directory and checks the caller's role there. A resource of
 * another organization answers exactly like a missing one. Platform operators are not a role but a list of user ids
 * in the configuration ({@code traverse.access.operators}).
 */
package dev.traverse.app.access;
