package dev.traverse.app.context;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What is known about the HTTP request the current thread serves: its id, the caller and organization once access
 * was checked, and the types of the events its commands published. Axon's command bus runs handlers on the calling
 * thread, so interceptors see the same context as the controller.
 */
public final class RequestContext {

    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private final String requestId;
    private String actorId;
    private String actorType;
    private String organizationId;
    private final Set<Class<?>> eventTypes = new HashSet<>();

    private RequestContext(String requestId) {
        this.requestId = requestId;
    }

    static RequestContext open(String requestId) {
        RequestContext context = new RequestContext(requestId);
        CURRENT.set(context);
        return context;
    }

    static void close() {
        CURRENT.remove();
    }

    public static Optional<RequestContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public String requestId() {
        return requestId;
    }

    public String actorId() {
        return actorId;
    }

    public String actorType() {
        return actorType;
    }

    public String organizationId() {
        return organizationId;
    }

    /** Records who is calling, once authenticated. */
    public void identify(String actorType, String actorId) {
        this.actorType = actorType;
        this.actorId = actorId;
    }

    /** Records the organization owning the addressed resource, once access was granted. */
    public void scopeTo(String organizationId) {
        this.organizationId = organizationId;
    }

    public void recordEvent(Class<?> payloadType) {
        eventTypes.add(payloadType);
    }

    public boolean publishedEvents() {
        return !eventTypes.isEmpty();
    }

    public Set<Class<?>> eventTypes() {
        return Set.copyOf(eventTypes);
    }
}
