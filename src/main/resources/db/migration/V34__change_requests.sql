-- Change requests: what is to be done to configuration items, assessed, approved, scheduled,
-- applied all at once and verified (or rolled back). The operations, the assessment and the
-- inverse of what was applied are documents; the items they touch are kept as an array for
-- conflicts and for impact analysis's open changes.
CREATE SEQUENCE change_number;

CREATE TABLE change_request (
    id                 uuid        PRIMARY KEY,
    change_key         text        NOT NULL UNIQUE,
    type               text        NOT NULL CHECK (type IN ('STANDARD', 'NORMAL', 'EMERGENCY')),
    status             text        NOT NULL CHECK (status IN ('SUBMITTED', 'ASSESSED', 'APPROVED', 'REJECTED', 'SCHEDULED',
                                                              'IMPLEMENTED', 'VERIFIED', 'FAILED', 'CLOSED', 'CANCELLED')),
    title              text        NOT NULL,
    description        text,
    requester_id       uuid        NOT NULL REFERENCES person (id),
    planned_start      timestamptz NOT NULL,
    planned_end        timestamptz NOT NULL CHECK (planned_end > planned_start),
    operations         jsonb       NOT NULL,
    ci_ids             uuid[]      NOT NULL,
    risk               text        CHECK (risk IN ('LOW', 'MEDIUM', 'HIGH')),
    assessment         jsonb,
    conflicts          jsonb       NOT NULL,
    decision           jsonb,
    scheduled_start    timestamptz,
    scheduled_end      timestamptz CHECK (scheduled_end > scheduled_start),
    schedule_override_reason text,
    implemented_by_id  uuid        REFERENCES person (id),
    implemented_at     timestamptz,
    inverse            jsonb,
    verification       jsonb,
    closed_at          timestamptz,
    cancel_reason      text,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL DEFAULT 0
);

-- The newest first; the changes on some items; those not yet implemented, for conflicts.
CREATE INDEX change_request_newest ON change_request (created_at DESC, id DESC);
CREATE INDEX change_request_ci_ids ON change_request USING gin (ci_ids);

-- Periods in which no change should run.
CREATE TABLE change_blackout (
    id             uuid        PRIMARY KEY,
    name           text        NOT NULL,
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL CHECK (ends_at > starts_at),
    reason         text,
    created_by_id  uuid        NOT NULL REFERENCES person (id),
    created_at     timestamptz NOT NULL
);

CREATE INDEX change_blackout_start ON change_blackout (starts_at, id);

-- History made by a change names it.
ALTER TABLE ci_history ADD CONSTRAINT ci_history_change FOREIGN KEY (change_id) REFERENCES change_request (id);
