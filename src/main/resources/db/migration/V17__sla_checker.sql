-- What the breach checker needs of a running clock: the next instant it crosses a threshold
-- (a warning percentage, or 100 for the breach) and which one; the highest already recorded.
-- The checker walks only the clocks whose instant has come, so a run costs what crosses.
ALTER TABLE sla_clock
    ADD COLUMN next_check_at  timestamptz,
    ADD COLUMN next_threshold integer,
    ADD COLUMN fired_percent  integer NOT NULL DEFAULT 0;

CREATE INDEX sla_clock_next_check ON sla_clock (next_check_at) WHERE state = 'RUNNING' AND next_check_at IS NOT NULL;

-- Each warning and breach, recorded exactly once per clock run (an update clock runs again after
-- each public update, from a new start), whichever replica's checker sees it first.
CREATE TABLE sla_event (
    id           uuid        PRIMARY KEY,
    clock_id     uuid        NOT NULL REFERENCES sla_clock (id),
    ticket_id    uuid        NOT NULL REFERENCES ticket (id),
    queue_id     uuid        REFERENCES queue (id),
    kind         text        NOT NULL CHECK (kind IN ('WARNING', 'BREACH')),
    target       text        NOT NULL,
    threshold    integer     NOT NULL,
    started_at   timestamptz NOT NULL,
    due_at       timestamptz NOT NULL,
    occurred_at  timestamptz NOT NULL,
    recorded_at  timestamptz NOT NULL,
    UNIQUE (clock_id, started_at, threshold)
);

CREATE INDEX sla_event_occurred ON sla_event (occurred_at, id);
CREATE INDEX sla_event_ticket ON sla_event (ticket_id, occurred_at, id);
CREATE INDEX sla_event_queue ON sla_event (queue_id, occurred_at, id);
