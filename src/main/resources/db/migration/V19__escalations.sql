-- Escalations: a ticket handed up to a higher-tier (or specialist) queue, or to its queue's
-- supervisor, waiting there until the receiving side acknowledges or declines it. An agent makes
-- one (with a reason), or an SLA policy's escalation level does (with the clock and percentage),
-- or one left unacknowledged too long is followed by another, one level up (its supervisor); a
-- ticket in no queue yet has nowhere it came from.
CREATE TABLE escalation (
    id                  uuid        PRIMARY KEY,
    ticket_id           uuid        NOT NULL REFERENCES ticket (id),
    kind                text        NOT NULL CHECK (kind IN ('FUNCTIONAL', 'HIERARCHICAL')),
    trigger             text        NOT NULL CHECK (trigger IN ('MANUAL', 'SLA_WARNING', 'SLA_BREACH', 'ACKNOWLEDGEMENT_OVERDUE')),
    level               integer     NOT NULL CHECK (level >= 1),
    status              text        NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'DECLINED', 'CLOSED')),
    reason              text,
    public_message      text        NOT NULL,
    summary             text,
    sla_event_id        uuid        UNIQUE REFERENCES sla_event (id),
    sla_clock_id        uuid        REFERENCES sla_clock (id),
    sla_target          text,
    sla_percent         integer,
    follows_id          uuid        UNIQUE REFERENCES escalation (id),
    overdue_handled_at  timestamptz,
    from_queue_id       uuid        REFERENCES queue (id),
    from_tier           integer,
    from_assignee_id    uuid        REFERENCES person (id),
    to_queue_id         uuid        NOT NULL REFERENCES queue (id),
    to_tier             integer     NOT NULL,
    to_person_id        uuid        REFERENCES person (id),
    escalated_by_id     uuid        REFERENCES person (id),
    escalated_at        timestamptz NOT NULL,
    acknowledged_by_id  uuid        REFERENCES person (id),
    acknowledged_at     timestamptz,
    declined_by_id      uuid        REFERENCES person (id),
    declined_at         timestamptz,
    decline_reason      text,
    closed_by_id        uuid        REFERENCES person (id),
    closed_at           timestamptz,
    closing_note        text,
    version             bigint      NOT NULL,
    CHECK (trigger <> 'MANUAL' OR (reason IS NOT NULL AND from_queue_id IS NOT NULL)),
    CHECK ((trigger IN ('SLA_WARNING', 'SLA_BREACH')) = (sla_event_id IS NOT NULL)),
    CHECK ((trigger = 'ACKNOWLEDGEMENT_OVERDUE') = (follows_id IS NOT NULL)),
    CHECK ((kind = 'HIERARCHICAL') = (to_person_id IS NOT NULL))
);

-- A ticket waits on at most one escalation at a time.
CREATE UNIQUE INDEX escalation_waiting ON escalation (ticket_id) WHERE status = 'OPEN';
CREATE INDEX escalation_ticket ON escalation (ticket_id, escalated_at, id);
-- What the follow-up job walks: open escalations nobody has acknowledged, by age.
CREATE INDEX escalation_unanswered ON escalation (escalated_at) WHERE status = 'OPEN' AND overdue_handled_at IS NULL;
CREATE INDEX escalation_open_to_queue ON escalation (to_queue_id, escalated_at, id) WHERE status IN ('OPEN', 'ACKNOWLEDGED');
