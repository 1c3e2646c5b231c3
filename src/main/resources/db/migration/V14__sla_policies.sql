-- SLA policies, tried in position order (ties in the order made; ids are time-ordered). The
-- conditions and the terms (targets per priority, pauses, warnings, escalation levels) are value
-- objects read whole; the calendar is a reference, so that a calendar in use cannot be deleted.
CREATE TABLE sla_policy (
    id           uuid        PRIMARY KEY,
    name         text        NOT NULL,
    description  text,
    position     integer     NOT NULL CHECK (position >= 0),
    enabled      boolean     NOT NULL,
    conditions   jsonb       NOT NULL,
    calendar_id  uuid        NOT NULL REFERENCES calendar (id),
    terms        jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX sla_policy_name ON sla_policy (lower(name));
CREATE INDEX sla_policy_order ON sla_policy (position, id);
CREATE INDEX sla_policy_calendar ON sla_policy (calendar_id);
