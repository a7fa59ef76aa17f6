package dev.traverse.app.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.traverse.api.organization.OrganizationScoped;
import dev.traverse.api.project.ProjectCreated;
import dev.traverse.app.eventstore.EventStoreConfiguration;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Events stored in an older shape read as today's, and no revision step lacks its upcaster. */
class UpcastersTest {

    private final Serializer serializer = EventStoreConfiguration.eventJson();
    private final EventUpcasterChain chain = new EventUpcasterChain(upcasters());

    @Test
    void projectCreatedOfRevision1GetsItsCreatorFromTheActorInItsMetadata() {
        ProjectCreated event = read(
                "1",
                "{\"project_id\":\"p1\",\"organization_id\":\"o1\",\"name\":\"Web\",\"default_url_route\":\"/\"}",
                "{\"actor_type\":\"user\",\"actor_id\":\"alice\",\"organization_id\":\"o1\"}");

        assertThat(event).isEqualTo(new ProjectCreated("p1", "o1", "Web", "/", "alice"));
    }

    @Test
    void projectCreatedOfRevision1WithoutAnActorHasNoCreator() {
        ProjectCreated event = read(
                "1",
                "{\"project_id\":\"p1\",\"organization_id\":\"o1\",\"name\":\"Web\",\"default_url_route\":null}",
                "{}");

        assertThat(event.createdBy()).isNull();
        assertThat(event.name()).isEqualTo("Web");
    }

    @Test
    void projectCreatedOfRevision2IsReadAsStored() {
        ProjectCreated event = read(
                "2",
                "{\"project_id\":\"p1\",\"organization_id\":\"o1\",\"name\":\"Web\",\"default_url_route\":\"/\","
                        + "\"created_by\":\"bob\"}",
                "{\"actor_id\":\"alice\"}");

        assertThat(event.createdBy()).isEqualTo("bob");
    }

    @Test
    void everyOlderRevisionOfEveryEventIsUpcastToTheCurrentOne() {
        List<String> missing = new ArrayList<>();
        for (Class<?> event : events()) {
            int current = Integer.parseInt(event.getAnnotation(Revision.class).value());
            for (int older = 1; older < current; older++) {
                IntermediateEventRepresentation upcast = chain.upcast(
                                Stream.of(representation(event.getName(), Integer.toString(older), "{}", "{}")))
                        .findFirst()
                        .orElseThrow();
                if (!Integer.toString(current).equals(upcast.getType().getRevision())) {
                    missing.add(event.getSimpleName() + " revision " + older);
                }
            }
        }
        assertThat(missing)
                .as("revisions no upcaster brings to the current one")
                .isEmpty();
    }

    private ProjectCreated read(String revision, String payload, String metadata) {
        List<? extends DomainEventMessage<?>> events = EventStreamUtils.upcastAndDeserializeDomainEvents(
                        Stream.of(entry(ProjectCreated.class.getName(), revision, payload, metadata)),
                        serializer,
                        chain)
                .asStream()
                .toList();
        assertThat(events).hasSize(1);
        return (ProjectCreated) events.get(0).getPayload();
    }

    private InitialEventRepresentation representation(String type, String revision, String payload, String metadata) {
        return new InitialEventRepresentation(entry(type, revision, payload, metadata), serializer);
    }

    private static GenericDomainEventEntry<byte[]> entry(
            String type, String revision, String payload, String metadata) {
        return new GenericDomainEventEntry<>(
                "Aggregate",
                "a1",
                0,
                "e1",
                Instant.parse("2026-01-01T00:00:00Z"),
                type,
                revision,
                payload.getBytes(StandardCharsets.UTF_8),
                metadata.getBytes(StandardCharsets.UTF_8));
    }

    /** Every upcaster of this package, as the application registers them (they are components). */
    private static List<EventUpcaster> upcasters() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(EventUpcaster.class));
        List<EventUpcaster> upcasters = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("dev.traverse.app.upcasting")) {
            try {
                Constructor<?> constructor =
                        Class.forName(candidate.getBeanClassName()).getDeclaredConstructor();
                constructor.setAccessible(true);
                upcasters.add((EventUpcaster) constructor.newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(upcasters).isNotEmpty();
        return upcasters;
    }

    private static List<Class<?>> events() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.traverse.api")
                        .stream()
                        .filter(type -> type.isAssignableTo(OrganizationScoped.class) && !type.isInterface())
                        .map(JavaClass::reflect)
                        .filter(type -> type.isAnnotationPresent(Revision.class))
                        .<Class<?>>map(type -> type)
                        .toList();
    }
}
