package dev.traverse.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event log refuses changes, and changes made anyway (by someone allowed to switch the refusal off) break the
 * hash chain where they were made.
 */
class TamperEvidenceIT extends TraverseIT {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void storedEventsCannotBeUpdatedDeletedOrTruncatedEvenByTheTablesOwner() {
        String admin = user("guard");
        organization(admin);
        long before = eventCount();

        assertThatThrownBy(() -> jdbc.update("UPDATE es.domain_event_entry SET payload_revision = '9'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM es.domain_event_entry WHERE global_index = 1"))
                .rootCause()
                .hasMessageContaining("append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE es.domain_event_entry"))
                .rootCause()
                .hasMessageContaining("append-only: TRUNCATE refused");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM es.domain_event_entry WHERE payload_revision = '9'", Long.class))
                .isZero();
    }

    @Test
    void snapshotsAndTokensStayWritable() {
        jdbc.update("INSERT INTO es.snapshot_event_entry (aggregate_identifier, sequence_number, type,"
                + " event_identifier, payload, payload_type, time_stamp) VALUES ('snap', 1, 'T', 'snap-1', '{}', 'X',"
                + " '2026-01-01T00:00:00Z')");
        assertThat(jdbc.update("DELETE FROM es.snapshot_event_entry WHERE aggregate_identifier = 'snap'"))
                .isEqualTo(1);
        assertThat(jdbc.update("UPDATE es.token_entry SET timestamp = timestamp WHERE processor_name = 'catalog'"))
                .isPositive();
    }

    @Test
    void theDatabaseAndTheVerifierComputeTheSameHashes() {
        String admin = user("same");
        String org = organization(admin);
        List<StoredEvent> events = jdbc.query(
                "SELECT " + StoredEvent.COLUMNS
                        + " FROM es.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                StoredEvent::map,
                org);
        byte[] previous = ChainHash.GENESIS;
        for (StoredEvent event : events) {
            byte[] expected = ChainHash.link(previous, event);
            assertThat(HexFormat.of().formatHex(event.chainHash()))
                    .isEqualTo(HexFormat.of().formatHex(expected));
            previous = expected;
        }
        assertThat(events).hasSize(2);
        assertThat(events)
                .allSatisfy(event -> assertThat(event.organizationId()).isEqualTo(org));
    }

    @Test
    void editingOnePayloadByteIsDetectedAtThatEvent() {
        Tampered tampered = organizationWithAProjectRenamedTwice("editor");
        long position = position(tampered.project(), 1);

        tamper("UPDATE es.domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " 'Renamed once', 'Renamed onse'), 'UTF8') WHERE global_index = " + position);

        JsonNode broken = firstBrokenLink(tampered);
        assertThat(broken.get("position").asLong()).isEqualTo(position);
        assertThat(broken.get("aggregate_id").asText()).isEqualTo(tampered.project());
        assertThat(broken.get("aggregate_type").asText()).isEqualTo("Project");
        assertThat(broken.get("sequence_number").asLong()).isEqualTo(1);
        assertThat(broken.get("problem").asText()).isEqualTo("altered");
    }

    @Test
    void deletingAnEventIsDetectedAtItsSuccessor() {
        Tampered tampered = organizationWithAProjectRenamedTwice("remover");
        long successor = position(tampered.project(), 2);

        tamper("DELETE FROM es.domain_event_entry WHERE global_index = " + position(tampered.project(), 1));

        JsonNode broken = firstBrokenLink(tampered);
        assertThat(broken.get("position").asLong()).isEqualTo(successor);
        assertThat(broken.get("sequence_number").asLong()).isEqualTo(2);
        assertThat(broken.get("problem").asText()).isEqualTo("missing");
    }

    @Test
    void reorderingEventsIsDetected() {
        Tampered tampered = organizationWithAProjectRenamedTwice("shuffler");
        long first = position(tampered.project(), 1);
        long second = position(tampered.project(), 2);

        tamper(
                "UPDATE es.domain_event_entry SET sequence_number = -1 WHERE global_index = " + first,
                "UPDATE es.domain_event_entry SET sequence_number = 1 WHERE global_index = " + second,
                "UPDATE es.domain_event_entry SET sequence_number = 2 WHERE global_index = " + first);

        JsonNode broken = firstBrokenLink(tampered);
        assertThat(broken.get("position").asLong()).isEqualTo(second);
        assertThat(broken.get("sequence_number").asLong()).isEqualTo(1);
        assertThat(broken.get("problem").asText()).isEqualTo("altered");
    }

    @Test
    void movingAnEventElsewhereInTheGlobalOrderIsDetected() {
        Tampered tampered = organizationWithAProjectRenamedTwice("mover");
        long last = position(tampered.project(), 2);

        // A position no writer will ever be handed: the identity sequence only counts up.
        tamper("UPDATE es.domain_event_entry SET global_index = -global_index WHERE global_index = " + last);

        JsonNode broken = firstBrokenLink(tampered);
        assertThat(broken.get("position").asLong()).isEqualTo(-last);
        assertThat(broken.get("problem").asText()).isEqualTo("out-of-order");
    }

    @Test
    void movingAWholeAggregateToAnotherOrganizationIsDetectedThereAndChangesTheDigestHere() {
        Tampered tampered = organizationWithAProjectRenamedTwice("filer");
        String thiefAdmin = user("thief");
        String thief = organization(thiefAdmin);
        JsonNode before = verification(tampered.admin(), tampered.organization(), null);

        tamper("UPDATE es.domain_event_entry SET organization_id = '" + thief + "' WHERE aggregate_identifier = '"
                + tampered.project() + "'");

        JsonNode receiving = verification(thiefAdmin, thief, null);
        assertThat(receiving.get("intact").asBoolean()).isFalse();
        assertThat(receiving.get("first_broken_link").get("problem").asText()).isEqualTo("misfiled");
        assertThat(receiving.get("first_broken_link").get("aggregate_id").asText())
                .isEqualTo(tampered.project());
        // The chains left behind are whole; the digest through the same position is what shows the loss.
        JsonNode after = verification(
                tampered.admin(),
                tampered.organization(),
                before.get("through_position").asLong());
        assertThat(after.get("intact").asBoolean()).isTrue();
        assertThat(after.get("digest").asText())
                .isNotEqualTo(before.get("digest").asText());
    }

    @Test
    void untouchedOrganizationsStayIntact() {
        Tampered tampered = organizationWithAProjectRenamedTwice("bystander");
        JsonNode verification = verification(tampered.admin(), tampered.organization(), null);
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("events_checked").asLong()).isEqualTo(5);
    }

    private Tampered organizationWithAProjectRenamedTwice(String name) {
        String admin = user(name);
        String org = organization(admin);
        String project = project(admin, org);
        Api alice = api().as(admin);
        alice.patch("/api/v1/projects/" + project, "{\"name\":\"Renamed once\"}");
        alice.patch("/api/v1/projects/" + project, "{\"name\":\"Renamed twice\"}");
        return new Tampered(admin, org, project);
    }

    private long position(String aggregate, long sequence) {
        return jdbc.queryForObject(
                "SELECT global_index FROM es.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                Long.class,
                aggregate,
                sequence);
    }

    /** Changes the log the way someone allowed to switch off the append-only trigger could. */
    private void tamper(String... statements) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE es.domain_event_entry DISABLE TRIGGER domain_event_entry_append_only");
            for (String statement : statements) {
                jdbc.execute(statement);
            }
            jdbc.execute("ALTER TABLE es.domain_event_entry ENABLE TRIGGER domain_event_entry_append_only");
        });
    }

    private JsonNode verification(String admin, String organization, Long through) {
        Api.Response response = api().as(admin)
                .get("/api/v1/audit/organizations/" + organization + "/verify"
                        + (through == null ? "" : "?through=" + through));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode firstBrokenLink(Tampered tampered) {
        JsonNode verification = verification(tampered.admin(), tampered.organization(), null);
        assertThat(verification.get("intact").asBoolean())
                .as(verification.toString())
                .isFalse();
        assertThat(verification.get("digest").isNull()).isTrue();
        return verification.get("first_broken_link");
    }

    private record Tampered(String admin, String organization, String project) {}
}
