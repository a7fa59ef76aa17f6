package dev.traverse.command.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.traverse.api.change.Change;
import dev.traverse.api.project.ArchiveProject;
import dev.traverse.api.project.BrowserConfigCreated;
import dev.traverse.api.project.BrowserConfigDeleted;
import dev.traverse.api.project.BrowserConfigUpdated;
import dev.traverse.api.project.CreateBrowserConfig;
import dev.traverse.api.project.CreateDocument;
import dev.traverse.api.project.CreateProject;
import dev.traverse.api.project.CreateTag;
import dev.traverse.api.project.DeleteBrowserConfig;
import dev.traverse.api.project.DeleteDocument;
import dev.traverse.api.project.DeleteTag;
import dev.traverse.api.project.DocumentContentReplaced;
import dev.traverse.api.project.DocumentCreated;
import dev.traverse.api.project.DocumentDeleted;
import dev.traverse.api.project.DocumentRenamed;
import dev.traverse.api.project.ProjectArchived;
import dev.traverse.api.project.ProjectCreated;
import dev.traverse.api.project.ProjectDefaultUrlRouteChanged;
import dev.traverse.api.project.ProjectRenamed;
import dev.traverse.api.project.TagCreated;
import dev.traverse.api.project.TagDeleted;
import dev.traverse.api.project.TagUpdated;
import dev.traverse.api.project.UpdateBrowserConfig;
import dev.traverse.api.project.UpdateDocument;
import dev.traverse.api.project.UpdateProject;
import dev.traverse.api.project.UpdateTag;
import dev.traverse.command.rejection.CommandRejectedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A project with its tags, browser configs and documents. Command handlers return the version of the resource they
 * changed, which becomes its ETag.
 */
@Aggregate(lockFactory = "aggregateLockFactory")
public class Project {

    @AggregateIdentifier
    private String projectId;

    private String organizationId;
    private String name;
    private String defaultUrlRoute;
    private long version;
    private boolean archived;
    private final Map<String, TagState> tags = new HashMap<>();
    private final Map<String, BrowserConfigState> browserConfigs = new HashMap<>();
    private final Map<String, DocumentState> documents = new HashMap<>();

    protected Project() {
        // For Axon: rebuilt from events.
    }

    /** The creator is the command's actor, which the application stamps into every command's metadata. */
    @CommandHandler
    public Project(CreateProject command, @MetaDataValue("actor_id") String actorId) {
        CommandRejectedException.requireText(command.name(), "name");
        apply(new ProjectCreated(
                command.projectId(), command.organizationId(), command.name(), command.defaultUrlRoute(), actorId));
    }

    @CommandHandler
    public long handle(UpdateProject command) {
        requireOpen();
        CommandRejectedException.checkVersion(command.expectedVersion(), version);
        if (command.name() != null) {
            CommandRejectedException.requireText(command.name().value(), "name");
        }
        boolean rename = Change.alters(command.name(), name);
        boolean reroute = Change.alters(command.defaultUrlRoute(), defaultUrlRoute);
        if (!rename && !reroute) {
            return version;
        }
        long next = version + 1;
        if (rename) {
            apply(new ProjectRenamed(projectId, organizationId, command.name().value(), next));
        }
        if (reroute) {
            apply(new ProjectDefaultUrlRouteChanged(
                    projectId, organizationId, command.defaultUrlRoute().value(), next));
        }
        return next;
    }

    @CommandHandler
    public long handle(ArchiveProject command) {
        if (archived) {
            return version;
        }
        CommandRejectedException.checkVersion(command.expectedVersion(), version);
        apply(new ProjectArchived(projectId, organizationId, version + 1));
        return version;
    }

    @CommandHandler
    public long handle(CreateTag command) {
        requireOpen();
        CommandRejectedException.requireText(command.name(), "name");
        requireUniqueTagName(command.name(), null);
        apply(new TagCreated(projectId, organizationId, command.tagId(), command.name(), command.color()));
        return 1;
    }

    @CommandHandler
    public long handle(UpdateTag command) {
        requireOpen();
        TagState tag = existing(tags, command.tagId(), "tag");
        CommandRejectedException.checkVersion(command.expectedVersion(), tag.version());
        if (command.name() != null) {
            CommandRejectedException.requireText(command.name().value(), "name");
            requireUniqueTagName(command.name().value(), command.tagId());
        }
        String newName = Change.apply(command.name(), tag.name());
        String newColor = Change.apply(command.color(), tag.color());
        if (newName.equals(tag.name()) && newColor.equals(tag.color())) {
            return tag.version();
        }
        apply(new TagUpdated(projectId, organizationId, command.tagId(), newName, newColor, tag.version() + 1));
        return tag.version() + 1;
    }

    @CommandHandler
    public void handle(DeleteTag command) {
        requireOpen();
        TagState tag = existing(tags, command.tagId(), "tag");
        CommandRejectedException.checkVersion(command.expectedVersion(), tag.version());
        apply(new TagDeleted(projectId, organizationId, command.tagId(), tag.version() + 1));
    }

    @CommandHandler
    public long handle(CreateBrowserConfig command) {
        requireOpen();
        requireObject(command.browserConfig());
        apply(new BrowserConfigCreated(projectId, organizationId, command.browserConfigId(), command.browserConfig()));
        return 1;
    }

    @CommandHandler
    public long handle(UpdateBrowserConfig command) {
        requireOpen();
        BrowserConfigState config = existing(browserConfigs, command.browserConfigId(), "browser config");
        CommandRejectedException.checkVersion(command.expectedVersion(), config.version());
        requireObject(command.browserConfig());
        if (command.browserConfig().equals(config.browserConfig())) {
            return config.version();
        }
        apply(new BrowserConfigUpdated(
                projectId, organizationId, command.browserConfigId(), command.browserConfig(), config.version() + 1));
        return config.version() + 1;
    }

    @CommandHandler
    public void handle(DeleteBrowserConfig command) {
        requireOpen();
        BrowserConfigState config = existing(browserConfigs, command.browserConfigId(), "browser config");
        CommandRejectedException.checkVersion(command.expectedVersion(), config.version());
        apply(new BrowserConfigDeleted(projectId, organizationId, command.browserConfigId(), config.version() + 1));
    }

    @CommandHandler
    public long handle(CreateDocument command) {
        requireOpen();
        CommandRejectedException.requireText(command.name(), "name");
        if (command.content() == null) {
            throw CommandRejectedException.invalid("content", "content must not be null");
        }
        apply(new DocumentCreated(projectId, organizationId, command.documentId(), command.name(), command.content()));
        return 1;
    }

    @CommandHandler
    public long handle(UpdateDocument command) {
        requireOpen();
        DocumentState document = existing(documents, command.documentId(), "document");
        CommandRejectedException.checkVersion(command.expectedVersion(), document.version());
        if (command.name() != null) {
            CommandRejectedException.requireText(command.name().value(), "name");
        }
        if (command.content() != null && command.content().value() == null) {
            throw CommandRejectedException.invalid("content", "content must not be null");
        }
        boolean rename = Change.alters(command.name(), document.name());
        boolean rewrite =
                command.content() != null && !sha256(command.content().value()).equals(document.contentHash());
        if (!rename && !rewrite) {
            return document.version();
        }
        long next = document.version() + 1;
        if (rename) {
            apply(new DocumentRenamed(
                    projectId,
                    organizationId,
                    command.documentId(),
                    command.name().value(),
                    next));
        }
        if (rewrite) {
            apply(new DocumentContentReplaced(
                    projectId,
                    organizationId,
                    command.documentId(),
                    command.content().value(),
                    next));
        }
        return next;
    }

    @CommandHandler
    public void handle(DeleteDocument command) {
        requireOpen();
        DocumentState document = existing(documents, command.documentId(), "document");
        CommandRejectedException.checkVersion(command.expectedVersion(), document.version());
        apply(new DocumentDeleted(projectId, organizationId, command.documentId(), document.version() + 1));
    }

    @EventSourcingHandler
    void on(ProjectCreated event) {
        projectId = event.projectId();
        organizationId = event.organizationId();
        name = event.name();
        defaultUrlRoute = event.defaultUrlRoute();
        version = 1;
    }

    @EventSourcingHandler
    void on(ProjectRenamed event) {
        name = event.name();
        version = event.version();
    }

    @EventSourcingHandler
    void on(ProjectDefaultUrlRouteChanged event) {
        defaultUrlRoute = event.defaultUrlRoute();
        version = event.version();
    }

    @EventSourcingHandler
    void on(ProjectArchived event) {
        archived = true;
        version = event.version();
    }

    @EventSourcingHandler
    void on(TagCreated event) {
        tags.put(event.tagId(), new TagState(event.name(), event.color(), 1));
    }

    @EventSourcingHandler
    void on(TagUpdated event) {
        tags.put(event.tagId(), new TagState(event.name(), event.color(), event.version()));
    }

    @EventSourcingHandler
    void on(TagDeleted event) {
        tags.remove(event.tagId());
    }

    @EventSourcingHandler
    void on(BrowserConfigCreated event) {
        browserConfigs.put(event.browserConfigId(), new BrowserConfigState(event.browserConfig(), 1));
    }

    @EventSourcingHandler
    void on(BrowserConfigUpdated event) {
        browserConfigs.put(event.browserConfigId(), new BrowserConfigState(event.browserConfig(), event.version()));
    }

    @EventSourcingHandler
    void on(BrowserConfigDeleted event) {
        browserConfigs.remove(event.browserConfigId());
    }

    @EventSourcingHandler
    void on(DocumentCreated event) {
        documents.put(event.documentId(), new DocumentState(event.name(), sha256(event.content()), 1));
    }

    @EventSourcingHandler
    void on(DocumentRenamed event) {
        documents.computeIfPresent(
                event.documentId(), (id, doc) -> new DocumentState(event.name(), doc.contentHash(), event.version()));
    }

    @EventSourcingHandler
    void on(DocumentContentReplaced event) {
        documents.computeIfPresent(
                event.documentId(),
                (id, doc) -> new DocumentState(doc.name(), sha256(event.content()), event.version()));
    }

    @EventSourcingHandler
    void on(DocumentDeleted event) {
        documents.remove(event.documentId());
    }

    private void requireOpen() {
        if (archived) {
            throw CommandRejectedException.conflict(null, "the project is archived and accepts no changes");
        }
    }

    private void requireUniqueTagName(String candidate, String exceptTagId) {
        String folded = candidate.toLowerCase(Locale.ROOT);
        boolean taken = tags.entrySet().stream()
                .anyMatch(entry -> !entry.getKey().equals(exceptTagId)
                        && entry.getValue().name().toLowerCase(Locale.ROOT).equals(folded));
        if (taken) {
            throw CommandRejectedException.conflict("name", "a tag named '" + candidate + "' already exists");
        }
    }

    private static void requireObject(Map<String, Object> browserConfig) {
        if (browserConfig == null) {
            throw CommandRejectedException.invalid("browser_config", "browser_config must be a JSON object");
        }
    }

    private static <T> T existing(Map<String, T> entities, String id, String what) {
        T entity = entities.get(id);
        if (entity == null) {
            throw CommandRejectedException.notFound("no " + what + " '" + id + "' in this project");
        }
        return entity;
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record TagState(String name, String color, long version) {}

    private record BrowserConfigState(Map<String, Object> browserConfig, long version) {}

    private record DocumentState(String name, String contentHash, long version) {}
}
