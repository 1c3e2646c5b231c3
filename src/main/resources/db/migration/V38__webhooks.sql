-- Webhooks: endpoints subscribed to domain events, and the log of every delivery to them.
CREATE TABLE webhook (
    id                          uuid        PRIMARY KEY,
    url                         text        NOT NULL,
    description                 text,
    event_types                 text[]      NOT NULL CHECK (cardinality(event_types) > 0),
    enabled                     boolean     NOT NULL,
    -- why the service disabled it (null while enabled, or when disabled by hand)
    disabled_reason             text,
    -- the signing secrets: the current one, and the one before a rotation while it overlaps
    secret                      text        NOT NULL,
    previous_secret             text,
    previous_secret_expires_at  timestamptz,
    owner_id                    uuid        NOT NULL REFERENCES person (id),
    -- since when every attempt failed; null after a success
    failing_since               timestamptz,
    created_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL,
    version                     bigint      NOT NULL,
    CHECK ((previous_secret IS NULL) = (previous_secret_expires_at IS NULL))
);
CREATE INDEX webhook_by_owner ON webhook (owner_id, created_at DESC, id DESC);
CREATE INDEX webhook_by_creation ON webhook (created_at DESC, id DESC);

-- One event to one webhook. PENDING ones are due at next_attempt_at; a replica sending one holds
-- it until leased_until, after which another may (so one lost with its replica is sent again).
CREATE TABLE webhook_delivery (
    id               uuid        PRIMARY KEY,
    webhook_id       uuid        NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event_id         uuid        NOT NULL REFERENCES domain_event (id),
    event_type       text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempt_count    integer     NOT NULL CHECK (attempt_count >= 0),
    next_attempt_at  timestamptz,
    leased_until     timestamptz,
    -- retries go on until three days (servicedesk.webhooks.retry-for) after this
    retrying_since   timestamptz NOT NULL,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz NOT NULL,
    UNIQUE (webhook_id, event_id),
    CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL))
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (webhook_id, created_at DESC, id DESC);
CREATE INDEX webhook_delivery_aged ON webhook_delivery (created_at);

CREATE TABLE webhook_attempt (
    id              uuid        PRIMARY KEY,
    delivery_id     uuid        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    number          integer     NOT NULL CHECK (number > 0),
    started_at      timestamptz NOT NULL,
    duration_millis bigint      NOT NULL,
    status_code     integer,
    error           text,
    UNIQUE (delivery_id, number)
);
