package dev.traverse.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import dev.traverse.command.report.ReportRetention;
import dev.traverse.testsupport.SharedFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Retention, called directly with a cutoff of now: raw reports go, summaries and results stay, and bytes that
 * something else still uses are kept.
 */
class ReportRetentionIT extends TraverseIT {

    @Autowired
    ReportRetention retention;

    /** A report no other test pushes: the 1.59 fixture with a marker field Traverse ignores. */
    private static byte[] unique(String marker) {
        String report = new String(SharedFixtures.bytes(ReportsIT.PW_1_59), StandardCharsets.UTF_8);
        return ("{\"marker\": \"" + marker + "\"," + report.substring(report.indexOf('{') + 1))
                .getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode awaitExpired(Api api, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            JsonNode report = api.get("/api/v1/reports/" + id).json();
            if (!report.get("raw_available").asBoolean() || System.nanoTime() > deadline) {
                return report;
            }
            Thread.sleep(20);
        }
    }

    private long stored(String sha256) {
        return jdbc.queryForObject("SELECT count(*) FROM ws.artifact WHERE sha256 = ?", Long.class, sha256);
    }

    @Test
    void oldRawReportsAreDeletedWhileTheirRunsAndResultsStay() throws Exception {
        String admin = user("retention");
        Api api = api().as(admin);
        String organization = organization(admin);
        String project = project(admin, organization);
        String other = project(admin, organization);
        byte[] alone = unique("alone-" + admin);
        byte[] twice = unique("twice-" + admin);
        byte[] uploaded = unique("uploaded-" + admin);

        JsonNode lone = ReportsIT.push(api, project, alone, "").json();
        JsonNode firstOfTwo = ReportsIT.push(api, project, twice, "").json();
        JsonNode alsoUploaded = ReportsIT.push(api, project, uploaded, "").json();
        // The same bytes uploaded as a plain artifact in another project: another use of them.
        assertThat(api.postBytes("/api/v1/artifacts?project_id=" + other, uploaded, "application/json")
                        .status())
                .isEqualTo(200);
        Instant cutoff = Instant.now();
        Thread.sleep(5);
        // Pushed after the cutoff: keeps the shared bytes alive.
        JsonNode secondOfTwo =
                ReportsIT.push(api, other, twice, "?branch=later").json();

        assertThat(retention.expireReportsPushedBefore(cutoff)).isGreaterThanOrEqualTo(3);

        // Nothing else used these bytes: gone.
        JsonNode expired = awaitExpired(api, lone.get("id").asText());
        assertThat(expired.get("raw_available").asBoolean()).isFalse();
        assertThat(expired.get("raw_url").isNull()).isTrue();
        assertThat(expired.get("total").asInt()).isEqualTo(35);
        assertThat(expired.get("status").asText()).isEqualTo("passed");
        assertThat(jdbc.queryForObject(
                        "SELECT raw_deleted FROM report_run WHERE id = ?",
                        Boolean.class,
                        lone.get("id").asText()))
                .isTrue();
        assertThat(stored(lone.get("raw_artifact").asText())).isZero();
        Api.Response gone = api.get("/api/v1/reports/" + lone.get("id").asText() + "/raw");
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().get("type").asText()).endsWith("/gone");
        assertThat(api.get("/api/v1/reports/" + lone.get("id").asText() + "/results")
                        .json()
                        .get("data"))
                .hasSize(35);

        // Shared with a report still kept: this report's raw expires, the bytes stay for the other.
        awaitExpired(api, firstOfTwo.get("id").asText());
        assertThat(api.get("/api/v1/reports/" + firstOfTwo.get("id").asText() + "/raw")
                        .status())
                .isEqualTo(410);
        assertThat(stored(firstOfTwo.get("raw_artifact").asText())).isEqualTo(1);
        assertThat(api.get("/api/v1/reports/" + secondOfTwo.get("id").asText() + "/raw")
                        .bytes())
                .isEqualTo(twice);

        // Uploaded as an artifact too: the bytes stay readable as that artifact.
        awaitExpired(api, alsoUploaded.get("id").asText());
        assertThat(stored(alsoUploaded.get("raw_artifact").asText())).isEqualTo(1);
        assertThat(api.get("/api/v1/artifacts/"
                                + alsoUploaded.get("raw_artifact").asText())
                        .bytes())
                .isEqualTo(uploaded);

        // Running it again expires nothing twice; once the second report expires too, the shared bytes go.
        assertThat(retention.expireReportsPushedBefore(cutoff)).isZero();
        retention.expireReportsPushedBefore(Instant.now());
        awaitExpired(api, secondOfTwo.get("id").asText());
        assertThat(stored(secondOfTwo.get("raw_artifact").asText())).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM es.domain_event_entry WHERE aggregate_identifier = ?",
                        Long.class,
                        lone.get("id").asText()))
                .isEqualTo(2);
    }
}
