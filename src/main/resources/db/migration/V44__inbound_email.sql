-- Every e-mail the mail gateway handed over, once per Message-ID (or per SHA-256 of its bytes when
-- it has none), with what became of it: a redelivery answers what the first delivery did and
-- records nothing more. The row is written first in the receiving transaction, so two deliveries
-- of one message at once wait for each other instead of both recording a ticket.
CREATE TABLE inbound_email (
    message_id     text        PRIMARY KEY CHECK (length(message_id) BETWEEN 1 AND 1000),
    outcome        text        CHECK (outcome IN ('TICKET_RECORDED', 'COMMENT_ADDED', 'IGNORED')),
    ticket_id      uuid        REFERENCES ticket (id),
    ticket_key     text,
    comment_id     uuid        REFERENCES timeline_entry (id),
    threaded_by    text        CHECK (threaded_by IN ('REPLY_ADDRESS', 'IN_REPLY_TO', 'SUBJECT_KEY')),
    reason         text,
    -- {"attachmentIds": [...], "leftOut": [{"fileName": ..., "reason": ...}]}
    files          jsonb,
    sender         text,
    received_at    timestamptz NOT NULL
);
