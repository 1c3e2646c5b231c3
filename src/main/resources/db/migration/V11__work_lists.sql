-- Where a hand-back returns a ticket: the queue and agent it had before it last moved up a tier.
ALTER TABLE ticket
    ADD COLUMN hand_back_queue_id    uuid REFERENCES queue (id),
    ADD COLUMN hand_back_assignee_id uuid REFERENCES person (id);

-- A queue's working list: its open tickets, most urgent first, then oldest.
CREATE INDEX ticket_queue_work ON ticket (queue_id, priority_rank, created_at, id) WHERE NOT finished;

-- Triage: NEW tickets nobody has taken, oldest first (few at any time, so the index stays small).
CREATE INDEX ticket_triage ON ticket (created_at, id) WHERE status = 'NEW' AND assignee_id IS NULL;
