-- E-mail to the people a change concerns, written from placed domain events in the placing
-- transaction (so a change that rolled back notifies nobody, and each event is fanned out once on
-- any number of replicas), then sent by SMTP, retried with back-off and noted on the ticket.
CREATE TABLE notification (
    id               uuid        PRIMARY KEY,
    event_id         uuid        NOT NULL REFERENCES domain_event (id),
    kind             text        NOT NULL,
    recipient_id     uuid        NOT NULL REFERENCES person (id),
    ticket_id        uuid        REFERENCES ticket (id),
    status           text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempt_count    integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    -- when its first attempt failed: the retry period runs from there, not from its queueing
    retrying_since   timestamptz,
    leased_until     timestamptz,
    last_error       text,
    -- the Message-ID it went out with, so that a reply's In-Reply-To finds its ticket
    message_id       text        NOT NULL UNIQUE,
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    UNIQUE (event_id, recipient_id, kind)
);

CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
