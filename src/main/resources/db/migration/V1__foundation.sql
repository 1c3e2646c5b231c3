-- People as the identity provider describes them, created on first sight.
CREATE TABLE person (
    id          uuid        PRIMARY KEY,
    subject     text        NOT NULL UNIQUE,
    name        text,
    email       text,
    department  text,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);

-- Idempotency-Key claims of creating POSTs and the answers to replay, kept for a retention period.
CREATE TABLE idempotency_record (
    caller            text        NOT NULL,
    operation         text        NOT NULL,
    idempotency_key   text        NOT NULL,
    request_hash      text        NOT NULL,
    created_at        timestamptz NOT NULL,
    response_status   integer,
    response_location text,
    response_etag     text,
    response_body     text,
    PRIMARY KEY (caller, operation, idempotency_key)
);
CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
