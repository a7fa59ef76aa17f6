-- Tracking tokens of the streaming event processors (JdbcTokenStore). A projection's rows and its token are
-- written in the same transaction, so a failed or stolen batch rolls back as a whole.
CREATE TABLE es.token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
