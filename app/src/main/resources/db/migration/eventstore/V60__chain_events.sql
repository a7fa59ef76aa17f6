-- Tamper evidence (docs/audit.md): every stored event is chained to its aggregate's previous event with a SHA-256
-- hash computed by the database at insert time, over the bytes exactly as stored. Chains are per aggregate: the
-- aggregate's sequence numbers are already serialized (advisory lock, unique constraint), so chaining needs no
-- extra lock and concurrent writers of different aggregates never wait for each other.
--
-- chain_hash = sha256(previous chain_hash of the same aggregate, or 32 zero bytes for sequence 0
--                     || int8(global_index) || text(event_identifier) || text(aggregate_identifier)
--                     || int8(sequence_number) || text(type) || text(time_stamp) || text(payload_type)
--                     || text(payload_revision) || bytes(payload) || bytes(meta_data))
-- where int8 is 8 bytes big-endian, text is the UTF-8 bytes and bytes the raw bytes, each of the two latter prefixed
-- with its length as 4 bytes big-endian (-1 for NULL, without bytes). dev.traverse.app.integrity.ChainHash computes
-- the same in Java; the verifier never trusts the database's own function.

ALTER TABLE es.domain_event_entry
    -- The organization the event belongs to (its metadata's organization_id, else its payload's): exports and
    -- verification read one organization through an index. Derived from hashed bytes; the verifier checks it.
    ADD COLUMN organization_id TEXT,
    ADD COLUMN chain_hash      BYTEA;

CREATE FUNCTION es.chain_bytes(value BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT CASE WHEN value IS NULL THEN '\xffffffff'::bytea ELSE int4send(length(value)) || value END
$$;

CREATE FUNCTION es.chain_text(value TEXT) RETURNS BYTEA
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT es.chain_bytes(convert_to(value, 'UTF8'))
$$;

-- The link of one event: the hash of its predecessor's hash and its own stored columns.
CREATE FUNCTION es.chain_link(previous BYTEA, e es.domain_event_entry) RETURNS BYTEA
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$
SELECT sha256(previous
                  || int8send(e.global_index)
                  || es.chain_text(e.event_identifier)
                  || es.chain_text(e.aggregate_identifier)
                  || int8send(e.sequence_number)
                  || es.chain_text(e.type)
                  || es.chain_text(e.time_stamp)
                  || es.chain_text(e.payload_type)
                  || es.chain_text(e.payload_revision)
                  || es.chain_bytes(e.payload)
                  || es.chain_bytes(e.meta_data))
$$;

CREATE FUNCTION es.organization_of(e es.domain_event_entry) RETURNS TEXT
    LANGUAGE sql STABLE AS
$$
SELECT coalesce(convert_from(e.meta_data, 'UTF8')::jsonb ->> 'organization_id',
                convert_from(e.payload, 'UTF8')::jsonb ->> 'organization_id')
$$;

-- Runs before every insert. The predecessor is visible: it committed before the aggregate was loaded, or it was
-- inserted earlier in the same transaction (Axon appends an aggregate's events in sequence order).
CREATE FUNCTION es.chain_event() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    previous BYTEA;
BEGIN
    IF NEW.sequence_number = 0 THEN
        previous := decode(repeat('00', 32), 'hex');
    ELSE
        SELECT chain_hash INTO previous
        FROM es.domain_event_entry
        WHERE aggregate_identifier = NEW.aggregate_identifier
          AND sequence_number = NEW.sequence_number - 1;
        IF previous IS NULL THEN
            RAISE EXCEPTION 'event % of aggregate % has no stored predecessor to chain to',
                NEW.sequence_number, NEW.aggregate_identifier
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    END IF;
    NEW.organization_id := es.organization_of(NEW);
    NEW.chain_hash := es.chain_link(previous, NEW);
    RETURN NEW;
END
$$;

-- Events stored before this migration are chained in place, in the same way.
DO
$$
    DECLARE
        e         es.domain_event_entry;
        previous  BYTEA;
        aggregate TEXT;
    BEGIN
        FOR e IN SELECT * FROM es.domain_event_entry ORDER BY aggregate_identifier, sequence_number
            LOOP
                IF aggregate IS DISTINCT FROM e.aggregate_identifier THEN
                    previous := decode(repeat('00', 32), 'hex');
                    aggregate := e.aggregate_identifier;
                END IF;
                previous := es.chain_link(previous, e);
                UPDATE es.domain_event_entry
                SET chain_hash      = previous,
                    organization_id = es.organization_of(e)
                WHERE global_index = e.global_index;
            END LOOP;
    END
$$;

ALTER TABLE es.domain_event_entry ALTER COLUMN chain_hash SET NOT NULL;

CREATE TRIGGER domain_event_entry_chain
    BEFORE INSERT ON es.domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION es.chain_event();

-- An organization's export (global order) and its verification (aggregate by aggregate).
CREATE INDEX domain_event_entry_organization_idx ON es.domain_event_entry (organization_id, global_index);
CREATE INDEX domain_event_entry_organization_chain_idx
    ON es.domain_event_entry (organization_id, aggregate_identifier, sequence_number);
