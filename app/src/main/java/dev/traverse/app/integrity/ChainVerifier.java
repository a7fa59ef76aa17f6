package dev.traverse.app.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks hash chains aggregate by aggregate, in keyset pages of a few hundred events streamed with a small fetch size
 * and checked one by one, so memory stays flat however many events there are. Stops at the first event that does not fit: a changed byte, a
 * missing or reordered event, a row without a hash, or an event filed under another organization than its own.
 */
@Component
public class ChainVerifier {

    private static final int PAGE = 500;
    private static final int FETCH = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ChainVerifier(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH);
        this.transactions = transactions;
    }

    /** Verifies one organization's events up to {@code through}. */
    public Verification organization(String organizationId, long through) {
        return walk("organization", organizationId, through);
    }

    /** Verifies every event in the store up to {@code through}. */
    public Verification all(long through) {
        return walk("all", null, through);
    }

    private Verification walk(String scope, String organizationId, long through) {
        Walk walk = new Walk(organizationId != null);
        Cursor cursor = new Cursor("", -1);
        while (cursor != null) {
            Cursor after = cursor;
            cursor = transactions.execute(status -> page(walk, organizationId, through, after));
            if (walk.broken != null) {
                return new Verification(
                        scope, organizationId, through, false, walk.aggregates, walk.events, null, walk.broken);
            }
        }
        return new Verification(
                scope, organizationId, through, true, walk.aggregates, walk.events, walk.digest(), null);
    }

    /**
     * Walks one page; returns where the next starts, or {@code null} after the last page or a break. Runs in a
     * transaction so that PostgreSQL hands the rows over in fetch-size portions instead of all at once.
     */
    private Cursor page(Walk walk, String organizationId, long through, Cursor after) {
        String where = organizationId == null ? "" : "organization_id = ? AND ";
        List<Object> arguments = new ArrayList<>();
        if (organizationId != null) {
            arguments.add(organizationId);
        }
        arguments.addAll(List.of(after.aggregateId(), after.sequenceNumber(), through, PAGE));
        return jdbc.query(
                "SELECT " + StoredEvent.COLUMNS + " FROM es.domain_event_entry WHERE " + where
                        + "(aggregate_identifier, sequence_number) > (?, ?) AND global_index <= ?"
                        + " ORDER BY aggregate_identifier, sequence_number LIMIT ?",
                rs -> {
                    int rows = 0;
                    StoredEvent event = null;
                    while (rs.next()) {
                        event = StoredEvent.map(rs, rows++);
                        if (!walk.check(event)) {
                            return null;
                        }
                    }
                    return rows < PAGE ? null : new Cursor(event.aggregateIdentifier(), event.sequenceNumber());
                },
                arguments.toArray());
    }

    private record Cursor(String aggregateId, long sequenceNumber) {}

    /** The state of a walk: the aggregate being followed and the digest of the aggregates finished so far. */
    private static final class Walk {

        private final boolean checkOrganization;
        private final MessageDigest digest = ChainHash.sha256();
        private long aggregates;
        private long events;
        private StoredEvent previous;
        private Verification.BrokenLink broken;

        Walk(boolean checkOrganization) {
            this.checkOrganization = checkOrganization;
        }

        /** Follows the chain to {@code event}; false, with {@link #broken} set, when the event does not fit. */
        boolean check(StoredEvent event) {
            broken = inspect(event);
            return broken == null;
        }

        private Verification.BrokenLink inspect(StoredEvent event) {
            boolean sameAggregate =
                    previous != null && previous.aggregateIdentifier().equals(event.aggregateIdentifier());
            if (!sameAggregate) {
                finishAggregate();
                aggregates++;
            }
            long expectedSequence = sameAggregate ? previous.sequenceNumber() + 1 : 0;
            if (event.sequenceNumber() != expectedSequence) {
                return broken(
                        event,
                        "missing",
                        "sequence number " + expectedSequence + " is missing before " + event.sequenceNumber());
            }
            if (sameAggregate && event.globalIndex() <= previous.globalIndex()) {
                return broken(
                        event,
                        "out-of-order",
                        "stored at position " + event.globalIndex() + ", before its predecessor at "
                                + previous.globalIndex());
            }
            if (event.chainHash() == null) {
                return broken(event, "unchained", "the event carries no chain hash");
            }
            byte[] expected = ChainHash.link(sameAggregate ? previous.chainHash() : ChainHash.GENESIS, event);
            if (!Arrays.equals(expected, event.chainHash())) {
                return broken(
                        event,
                        "altered",
                        "the stored bytes, or the chain before them, differ from what was hashed when it was stored");
            }
            if (checkOrganization && !event.organizationId().equals(organizationOf(event))) {
                return broken(event, "misfiled", "the event belongs to another organization than it is filed under");
            }
            events++;
            previous = event;
            return null;
        }

        String digest() {
            finishAggregate();
            return HexFormat.of().formatHex(digest.digest());
        }

        private void finishAggregate() {
            if (previous != null) {
                ChainHash.bytes(digest, previous.aggregateIdentifier().getBytes(StandardCharsets.UTF_8));
                digest.update(ChainHash.int8(previous.sequenceNumber()));
                digest.update(previous.chainHash());
                previous = null;
            }
        }

        private static Verification.BrokenLink broken(StoredEvent event, String problem, String detail) {
            return new Verification.BrokenLink(
                    event.globalIndex(),
                    event.aggregateIdentifier(),
                    event.type(),
                    event.sequenceNumber(),
                    problem,
                    detail);
        }

        private static String organizationOf(StoredEvent event) {
            String fromMetadata = field(event.metaData(), "organization_id");
            return fromMetadata != null ? fromMetadata : field(event.payload(), "organization_id");
        }

        private static String field(byte[] json, String name) {
            if (json == null) {
                return null;
            }
            try {
                JsonNode value = JSON.readTree(json).get(name);
                return value == null || value.isNull() ? null : value.asText();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
