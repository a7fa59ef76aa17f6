package dev.traverse.app.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.traverse.api.project.ProjectCreated;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ProjectCreated} revision 1 to 2: revision 2 names the project's creator ({@code created_by}). Revision 1
 * events did not, but their metadata did: {@code actor_id}, stamped on every command and copied to its events, is the
 * same value the aggregate now writes into the payload. Stored events are never rewritten; they are upcast each time
 * they are read, by aggregates, projections and replays alike.
 */
@Component
@Order(0)
class ProjectCreatedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ProjectCreated.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(ProjectCreated.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        Object actor = actorOf(representation);
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            if (!upcast.hasNonNull("created_by")) {
                upcast.put("created_by", actor == null ? null : actor.toString());
            }
            return upcast;
        });
    }

    private static Object actorOf(IntermediateEventRepresentation representation) {
        MetaData metaData = representation.getMetaData() == null
                ? null
                : representation.getMetaData().getObject();
        return metaData == null ? null : metaData.get("actor_id");
    }
}
