package dev.traverse.app.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of {@code es.domain_event_entry} exactly as stored: the columns the hash chain covers, the organization
 * derived from them and the chain hash itself.
 */
public record StoredEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String type,
        String timeStamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData,
        String organizationId,
        byte[] chainHash) {

    /** The select list that {@link #map} reads, in its order. */
    public static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type,"
            + " time_stamp, payload_type, payload_revision, payload, meta_data, organization_id, chain_hash";

    public static StoredEvent map(ResultSet rs, int row) throws SQLException {
        return new StoredEvent(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getBytes(9),
                rs.getBytes(10),
                rs.getString(11),
                rs.getBytes(12));
    }
}
