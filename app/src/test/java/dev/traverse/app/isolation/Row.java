package dev.traverse.app.isolation;

import dev.traverse.api.access.ResourceKind;
import dev.traverse.app.reports.Multipart;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * One endpoint of the isolation matrix: what its id addresses, what a user needs there, which API-key scope lets a key
 * in, and how to call it.
 *
 * @param endpoint {@code METHOD /path-pattern}, exactly as Spring maps it
 * @param kind what {@code {id}} (or {@code {sha256}}, or {@code project_id} in {@link #query}) names; null when the
 *     endpoint addresses no organization's resource
 * @param need what a user needs in the organization owning it
 * @param scope the API-key scope that lets a key in; null when no key may call the endpoint
 * @param query a query string ({@code {id}} is replaced like a path variable), or empty
 * @param body a valid request body for a call addressing the tenant's objects, made afresh for every call
 * @param fresh variables to address instead of the shared objects when a call is expected to succeed, because it
 *     changes or deletes what it addresses; null when the shared objects do
 * @param secondaryStatus the status for a second path variable ({@code {memberId}}, {@code {keyId}},
 *     {@code {secretId}}) naming another organization's object, which must equal the one for a missing id; 0 when the
 *     endpoint has none
 */
record Row(
        String endpoint,
        ResourceKind kind,
        Need need,
        String scope,
        String query,
        Function<Tenant, Body> body,
        Function<Tenant, Map<String, String>> fresh,
        int secondaryStatus) {

    /** What a user needs to call an endpoint: its role in the owning organization, or something else entirely. */
    enum Need {
        /** Any signed-in user; API keys are refused. */
        SIGNED_IN,
        /** Guests, members and admins. */
        READ,
        /** Members and admins. */
        WRITE,
        /** Admins. */
        ADMIN,
        /** Admins (the audit endpoints). */
        AUDIT,
        /** Nobody: only an API key with the row's scope. */
        KEY_ONLY,
        /** Platform operators, whom the matrix has none of. */
        OPERATOR
    }

    /** A request body and its Content-Type. */
    record Body(byte[] bytes, String contentType) {

        static final Body NONE = new Body(null, null);

        static Body json(String singleQuoted) {
            return new Body(Tenant.json(singleQuoted).getBytes(StandardCharsets.UTF_8), "application/json");
        }

        static Body of(Multipart form) {
            return new Body(form.body(), form.contentType());
        }
    }

    static Row row(String endpoint, ResourceKind kind, Need need, String scope) {
        return new Row(endpoint, kind, need, scope, "", tenant -> Body.NONE, null, 0);
    }

    String method() {
        return endpoint.substring(0, endpoint.indexOf(' '));
    }

    String pattern() {
        return endpoint.substring(endpoint.indexOf(' ') + 1);
    }

    /** Whether the path has a second variable naming an object inside the addressed one. */
    boolean hasSecondary() {
        return secondaryStatus != 0;
    }

    Row query(String value) {
        return new Row(endpoint, kind, need, scope, value, body, fresh, secondaryStatus);
    }

    Row json(String singleQuoted) {
        return json(tenant -> singleQuoted);
    }

    /** A JSON body; {@code %s} is replaced by a value no other call used. */
    Row json(Function<Tenant, String> singleQuoted) {
        return body(tenant -> Body.json(singleQuoted.apply(tenant).replace("%s", Tenant.unique("x"))));
    }

    Row body(Function<Tenant, Body> value) {
        return new Row(endpoint, kind, need, scope, query, value, fresh, secondaryStatus);
    }

    /** Each successful call addresses a fresh object as {@code {id}}. */
    Row freshId(Function<Tenant, String> maker) {
        return fresh("id", maker);
    }

    Row fresh(String variable, Function<Tenant, String> maker) {
        return new Row(
                endpoint,
                kind,
                need,
                scope,
                query,
                body,
                tenant -> Map.of(variable, maker.apply(tenant)),
                secondaryStatus);
    }

    Row secondary(int status) {
        return new Row(endpoint, kind, need, scope, query, body, fresh, status);
    }
}
