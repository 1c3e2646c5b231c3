-- Where a ticket is worked: its queue (and that queue's tier, kept with the ticket so that
-- first-contact resolution reads the tier it was resolved at) and the agent on it; what counts
-- against first-contact resolution (reassignments, escalation); and the verdict on resolution.
ALTER TABLE ticket
    ADD COLUMN queue_id                 uuid REFERENCES queue (id),
    ADD COLUMN tier                     integer CHECK (tier BETWEEN 1 AND 4),
    ADD COLUMN assignee_id              uuid REFERENCES person (id),
    ADD COLUMN reassignments            integer NOT NULL DEFAULT 0,
    ADD COLUMN escalated                boolean NOT NULL DEFAULT false,
    ADD COLUMN first_contact_resolution boolean;

-- A queue's and an agent's tickets, oldest open first.
CREATE INDEX ticket_queue_open_first ON ticket (queue_id, finished, created_at, id);
CREATE INDEX ticket_assignee_open_first ON ticket (assignee_id, finished, created_at, id);
