-- Responses of successful writes sent with an Idempotency-Key, kept so that a retry gets the same answer and
-- writes nothing twice. Written in the same transaction as the request's events.
CREATE TABLE ws.idempotency_record (
    principal           TEXT        NOT NULL,
    idempotency_key     TEXT        NOT NULL,
    -- SHA-256 of method, path, query and body: the same key with another request is refused.
    request_fingerprint TEXT        NOT NULL,
    status              INTEGER     NOT NULL,
    response_headers    JSONB       NOT NULL,
    response_body       BYTEA       NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, idempotency_key)
);

CREATE INDEX idempotency_record_created_at_idx ON ws.idempotency_record (created_at);
