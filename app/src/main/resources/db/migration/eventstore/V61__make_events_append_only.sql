-- The event log is append-only: UPDATE, DELETE and TRUNCATE of es.domain_event_entry are refused for every role,
-- the table's owner and superusers included (triggers fire for them, GRANTs would not stop them). Inserting stays
-- allowed; snapshots (es.snapshot_event_entry, which Axon prunes) and tokens (es.token_entry) stay writable.
-- Someone who may disable triggers can still change the table: the hash chain (V60) makes that visible.
-- A later migration that truly must touch stored events has to disable these triggers explicitly and say why.
CREATE FUNCTION es.refuse_event_change() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'es.domain_event_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
            HINT = 'stored events never change; append a new event instead';
END
$$;

CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON es.domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION es.refuse_event_change();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON es.domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION es.refuse_event_change();

-- For deployments where the application connects as a role that does not own the table (recommended), the grants
-- say the same; they are no-ops for the owner.
REVOKE UPDATE, DELETE, TRUNCATE ON es.domain_event_entry FROM PUBLIC;
