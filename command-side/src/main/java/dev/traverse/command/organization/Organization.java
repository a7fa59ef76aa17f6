package dev.traverse.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.traverse.api.change.Change;
import dev.traverse.api.organization.AddMember;
import dev.traverse.api.organization.ChangeMemberRole;
import dev.traverse.api.organization.CreateOrganization;
import dev.traverse.api.organization.MemberAdded;
import dev.traverse.api.organization.MemberRemoved;
import dev.traverse.api.organization.MemberRoleChanged;
import dev.traverse.api.organization.OrganizationCreated;
import dev.traverse.api.organization.OrganizationLogoChanged;
import dev.traverse.api.organization.OrganizationRenamed;
import dev.traverse.api.organization.RemoveMember;
import dev.traverse.api.organization.Role;
import dev.traverse.api.organization.UpdateOrganization;
import dev.traverse.command.rejection.CommandRejectedException;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An organization and its members. Guarantees that a user is a member at most once and that the organization always
 * keeps at least one admin.
 */
@Aggregate(lockFactory = "aggregateLockFactory")
public class Organization {

    @AggregateIdentifier
    private String organizationId;

    private String name;
    private String logo;
    private long version;
    private final Map<String, Member> members = new HashMap<>();

    protected Organization() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    public Organization(CreateOrganization command) {
        CommandRejectedException.requireText(command.name(), "name");
        CommandRejectedException.requireText(command.creatorUserId(), "creator_user_id");
        apply(new OrganizationCreated(
                command.organizationId(), command.name(), command.logo(), command.creatorUserId()));
        apply(new MemberAdded(
                command.organizationId(), command.creatorMemberId(), command.creatorUserId(), Role.ADMIN, 1));
    }

    /** Returns the organization's version after the update. */
    @CommandHandler
    public long handle(UpdateOrganization command) {
        CommandRejectedException.checkVersion(command.expectedVersion(), version);
        if (command.name() != null) {
            CommandRejectedException.requireText(command.name().value(), "name");
        }
        boolean rename = Change.alters(command.name(), name);
        boolean relogo = Change.alters(command.logo(), logo);
        if (!rename && !relogo) {
            return version;
        }
        long next = version + 1;
        if (rename) {
            apply(new OrganizationRenamed(organizationId, command.name().value(), next));
        }
        if (relogo) {
            apply(new OrganizationLogoChanged(organizationId, command.logo().value(), next));
        }
        return next;
    }

    /** Returns the new member's version (1). */
    @CommandHandler
    public long handle(AddMember command) {
        CommandRejectedException.requireText(command.userId(), "user_id");
        if (command.role() == null) {
            throw CommandRejectedException.invalid("role", "role is required");
        }
        boolean alreadyMember =
                members.values().stream().anyMatch(member -> member.userId().equals(command.userId()));
        if (alreadyMember) {
            throw CommandRejectedException.conflict("user_id", "this user is already a member of the organization");
        }
        apply(new MemberAdded(organizationId, command.memberId(), command.userId(), command.role(), 1));
        return 1;
    }

    /** Returns the member's version after the change. */
    @CommandHandler
    public long handle(ChangeMemberRole command) {
        Member member = existingMember(command.memberId());
        CommandRejectedException.checkVersion(command.expectedVersion(), member.version());
        if (command.role() == null) {
            throw CommandRejectedException.invalid("role", "role is required");
        }
        if (member.role() == command.role()) {
            return member.version();
        }
        if (member.role() == Role.ADMIN && adminCount() == 1) {
            throw CommandRejectedException.conflict("role", "the organization must keep at least one admin");
        }
        long next = member.version() + 1;
        apply(new MemberRoleChanged(organizationId, command.memberId(), member.userId(), command.role(), next));
        return next;
    }

    @CommandHandler
    public void handle(RemoveMember command) {
        Member member = existingMember(command.memberId());
        CommandRejectedException.checkVersion(command.expectedVersion(), member.version());
        if (member.role() == Role.ADMIN && adminCount() == 1) {
            throw CommandRejectedException.conflict(
                    "member_id", "the organization must keep at least one admin; promote another member first");
        }
        apply(new MemberRemoved(organizationId, command.memberId(), member.userId(), member.version() + 1));
    }

    @EventSourcingHandler
    void on(OrganizationCreated event) {
        organizationId = event.organizationId();
        name = event.name();
        logo = event.logo();
        version = 1;
    }

    @EventSourcingHandler
    void on(OrganizationRenamed event) {
        name = event.name();
        version = event.version();
    }

    @EventSourcingHandler
    void on(OrganizationLogoChanged event) {
        logo = event.logo();
        version = event.version();
    }

    @EventSourcingHandler
    void on(MemberAdded event) {
        members.put(event.memberId(), new Member(event.userId(), event.role(), event.version()));
    }

    @EventSourcingHandler
    void on(MemberRoleChanged event) {
        members.put(event.memberId(), new Member(event.userId(), event.role(), event.version()));
    }

    @EventSourcingHandler
    void on(MemberRemoved event) {
        members.remove(event.memberId());
    }

    private Member existingMember(String memberId) {
        Member member = members.get(memberId);
        if (member == null) {
            throw CommandRejectedException.notFound("no member '" + memberId + "' in this organization");
        }
        return member;
    }

    private long adminCount() {
        return members.values().stream().filter(m -> m.role() == Role.ADMIN).count();
    }

    private record Member(String userId, Role role, long version) {}
}
