-- A ticket's SLA clocks, one per target, started by its policy when it was recorded. What the
-- policy said about pausing and first responses is kept with each clock, so that a policy
-- changed or deleted later does not change how a running clock behaves.
CREATE TABLE sla_clock (
    id              uuid        PRIMARY KEY,
    ticket_id       uuid        NOT NULL REFERENCES ticket (id),
    target          text        NOT NULL CHECK (target IN ('FIRST_RESPONSE', 'RESOLUTION', 'UPDATE')),
    policy_id       uuid        REFERENCES sla_policy (id) ON DELETE SET NULL,
    policy_name     text        NOT NULL,
    calendar_id     uuid        NOT NULL REFERENCES calendar (id),
    target_minutes  integer     NOT NULL CHECK (target_minutes > 0),
    rules           jsonb       NOT NULL,
    state           text        NOT NULL CHECK (state IN ('RUNNING', 'PAUSED', 'MET', 'CANCELLED')),
    started_at      timestamptz NOT NULL,
    due_at          timestamptz NOT NULL,
    paused_seconds  bigint      NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0),
    pauses          jsonb       NOT NULL,
    paused_at       timestamptz,
    met_at          timestamptz,
    cancelled_at    timestamptz,
    version         bigint      NOT NULL DEFAULT 0,
    UNIQUE (ticket_id, target)
);

-- The running clocks by due time: what the breach checker will walk.
CREATE INDEX sla_clock_running_due ON sla_clock (due_at) WHERE state = 'RUNNING';
