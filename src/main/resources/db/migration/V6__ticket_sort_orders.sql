-- Sort keys the ticket list pages by, derived by the database so that they are always in step
-- with the status and priority they come from, and indexed for keyset paging at any depth.
ALTER TABLE ticket
    ADD COLUMN finished boolean GENERATED ALWAYS AS (status IN ('RESOLVED', 'CLOSED', 'CANCELLED')) STORED,
    ADD COLUMN priority_rank integer GENERATED ALWAYS AS (
        CASE priority
            WHEN 'CRITICAL' THEN 1
            WHEN 'HIGH' THEN 2
            WHEN 'MEDIUM' THEN 3
            WHEN 'LOW' THEN 4
            ELSE 5
        END) STORED;

-- "Oldest open first", the default order, and the same per requester ("my tickets").
CREATE INDEX ticket_open_first ON ticket (finished, created_at, id);
CREATE INDEX ticket_requester_open_first ON ticket (requester_id, finished, created_at, id);
CREATE INDEX ticket_priority_first ON ticket (priority_rank, created_at, id);
CREATE INDEX ticket_updated ON ticket (updated_at, id);
