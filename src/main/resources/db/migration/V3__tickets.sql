-- Tickets: every contact with IT. Human keys come from one sequence per type (INC-, REQ-, QST-).
CREATE SEQUENCE ticket_number_incident;
CREATE SEQUENCE ticket_number_service_request;
CREATE SEQUENCE ticket_number_question;

CREATE TABLE ticket (
    id                uuid        PRIMARY KEY,
    ticket_key        text        NOT NULL UNIQUE,
    type              text        NOT NULL,
    status            text        NOT NULL,
    category          text        NOT NULL,
    impact            text        NOT NULL,
    urgency           text        NOT NULL,
    priority          text        NOT NULL,
    channel           text        NOT NULL,
    subject           text        NOT NULL,
    description       text,
    requester_id      uuid        NOT NULL REFERENCES person (id),
    created_by_id     uuid        NOT NULL REFERENCES person (id),
    occurred_at       timestamptz,
    affected_users    integer,
    -- What the requester told us beyond subject and description: affected systems, error
    -- messages, steps tried, environment, contact details (one document, see TicketFacts).
    facts             jsonb       NOT NULL,
    pending_reason    text,
    resolution_code   text,
    resolution_notes  text,
    resolved_at       timestamptz,
    closed_at         timestamptz,
    cancel_reason     text,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0
);

-- Keyset paging in creation order, overall and per requester ("my tickets") and per status.
CREATE INDEX ticket_created ON ticket (created_at, id);
CREATE INDEX ticket_requester_created ON ticket (requester_id, created_at, id);
CREATE INDEX ticket_status_created ON ticket (status, created_at, id);
-- The auto-close job looks only at resolved tickets.
CREATE INDEX ticket_resolved ON ticket (resolved_at) WHERE status = 'RESOLVED';
