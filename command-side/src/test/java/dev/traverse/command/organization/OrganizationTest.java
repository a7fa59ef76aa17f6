package dev.traverse.command.organization;

import static dev.traverse.command.rejection.Rejected.rejected;

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
import dev.traverse.command.rejection.Rejection;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    private static final String ORG = "org1";
    private AggregateTestFixture<Organization> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organization.class);
    }

    private static OrganizationCreated created() {
        return new OrganizationCreated(ORG, "Acme", null, "alice");
    }

    private static MemberAdded alice() {
        return new MemberAdded(ORG, "m-alice", "alice", Role.ADMIN, 1);
    }

    @Test
    void creatorBecomesFirstAdmin() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganization(ORG, "Acme", "https://logo", "alice", "m-alice"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new OrganizationCreated(ORG, "Acme", "https://logo", "alice"),
                        new MemberAdded(ORG, "m-alice", "alice", Role.ADMIN, 1));
    }

    @Test
    void rejectsCreationWithoutName() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganization(ORG, " ", null, "alice", "m"))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "name"));
    }

    @Test
    void renamesAndChangesLogoAsOneVersion() {
        fixture.given(created(), alice())
                .when(new UpdateOrganization(ORG, Change.to("Acme Inc"), Change.to("https://new"), 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(
                        new OrganizationRenamed(ORG, "Acme Inc", 2),
                        new OrganizationLogoChanged(ORG, "https://new", 2));
    }

    @Test
    void updateWithSameValuesChangesNothing() {
        fixture.given(created(), alice())
                .when(new UpdateOrganization(ORG, Change.to("Acme"), null, null))
                .expectResultMessagePayload(1L)
                .expectNoEvents();
    }

    @Test
    void clearsLogo() {
        fixture.given(new OrganizationCreated(ORG, "Acme", "https://logo", "alice"), alice())
                .when(new UpdateOrganization(ORG, null, Change.to(null), null))
                .expectEvents(new OrganizationLogoChanged(ORG, null, 2));
    }

    @Test
    void rejectsUpdateOnStaleVersion() {
        fixture.given(created(), alice(), new OrganizationRenamed(ORG, "B", 2))
                .when(new UpdateOrganization(ORG, Change.to("C"), null, 1L))
                .expectNoEvents()
                .expectException(rejected(Rejection.STALE_VERSION, null));
    }

    @Test
    void rejectsRenameToBlank() {
        fixture.given(created(), alice())
                .when(new UpdateOrganization(ORG, Change.to(""), null, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "name"));
    }

    @Test
    void addsMember() {
        fixture.given(created(), alice())
                .when(new AddMember(ORG, "m-bob", "bob", Role.GUEST))
                .expectEvents(new MemberAdded(ORG, "m-bob", "bob", Role.GUEST, 1));
    }

    @Test
    void rejectsUserWhoIsAlreadyMember() {
        fixture.given(created(), alice())
                .when(new AddMember(ORG, "m-2", "alice", Role.MEMBER))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, "user_id"));
    }

    @Test
    void acceptsUserAgainAfterRemoval() {
        fixture.given(
                        created(),
                        alice(),
                        new MemberAdded(ORG, "m-bob", "bob", Role.MEMBER, 1),
                        new MemberRemoved(ORG, "m-bob", "bob", 2))
                .when(new AddMember(ORG, "m-bob2", "bob", Role.GUEST))
                .expectEvents(new MemberAdded(ORG, "m-bob2", "bob", Role.GUEST, 1));
    }

    @Test
    void changesRole() {
        fixture.given(created(), alice(), new MemberAdded(ORG, "m-bob", "bob", Role.GUEST, 1))
                .when(new ChangeMemberRole(ORG, "m-bob", Role.ADMIN, 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(new MemberRoleChanged(ORG, "m-bob", "bob", Role.ADMIN, 2));
    }

    @Test
    void rejectsDemotingTheLastAdmin() {
        fixture.given(created(), alice())
                .when(new ChangeMemberRole(ORG, "m-alice", Role.MEMBER, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, "role"));
    }

    @Test
    void allowsDemotingAnAdminWhenAnotherRemains() {
        fixture.given(created(), alice(), new MemberAdded(ORG, "m-bob", "bob", Role.ADMIN, 1))
                .when(new ChangeMemberRole(ORG, "m-alice", Role.GUEST, null))
                .expectEvents(new MemberRoleChanged(ORG, "m-alice", "alice", Role.GUEST, 2));
    }

    @Test
    void rejectsRoleChangeOfUnknownMember() {
        fixture.given(created(), alice())
                .when(new ChangeMemberRole(ORG, "nobody", Role.ADMIN, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.NOT_FOUND, null));
    }

    @Test
    void rejectsRoleChangeOnStaleMemberVersion() {
        fixture.given(
                        created(),
                        alice(),
                        new MemberAdded(ORG, "m-bob", "bob", Role.GUEST, 1),
                        new MemberRoleChanged(ORG, "m-bob", "bob", Role.MEMBER, 2))
                .when(new ChangeMemberRole(ORG, "m-bob", Role.ADMIN, 1L))
                .expectNoEvents()
                .expectException(rejected(Rejection.STALE_VERSION, null));
    }

    @Test
    void removesMember() {
        fixture.given(created(), alice(), new MemberAdded(ORG, "m-bob", "bob", Role.MEMBER, 1))
                .when(new RemoveMember(ORG, "m-bob", null))
                .expectEvents(new MemberRemoved(ORG, "m-bob", "bob", 2));
    }

    @Test
    void rejectsRemovingTheLastAdmin() {
        fixture.given(created(), alice(), new MemberAdded(ORG, "m-bob", "bob", Role.MEMBER, 1))
                .when(new RemoveMember(ORG, "m-alice", null))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, "member_id"));
    }

    @Test
    void rejectsRemovingUnknownMember() {
        fixture.given(created(), alice())
                .when(new RemoveMember(ORG, "ghost", null))
                .expectNoEvents()
                .expectException(rejected(Rejection.NOT_FOUND, null));
    }
}
