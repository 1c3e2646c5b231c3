-- (Literals avoid colons: pgbench would read them as variables.)
-- A requester withdraws a ticket, as the soak's cancel does: the oldest NEW ticket recorded in the
-- last day (the ceiling's own creates, and what the soak left uncancelled; never a loaded one, so
-- the loaded open backlog the searches scan stays as it was), taken FIFO with SKIP LOCKED so that
-- no two clients cancel the same one. Then the statements the service runs for the move, in one
-- transaction: read it, lock it and read it again, write the status under its version, log the
-- move in the timeline, stop its SLA clocks. With nothing to cancel it writes nothing (the
-- statements match no row), which the create in the same mix keeps rare.
BEGIN;
SELECT (SELECT id FROM ticket WHERE status = 'NEW' AND created_at > now() - interval '1 day'
         ORDER BY status, created_at, id LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED) AS ticket \gset
SELECT * FROM ticket WHERE id = CAST(NULLIF(CAST(:ticket AS text), '') AS uuid);
SELECT * FROM person WHERE id = (SELECT requester_id FROM ticket WHERE id = CAST(NULLIF(CAST(:ticket AS text), '') AS uuid));
SELECT * FROM ticket WHERE id = CAST(NULLIF(CAST(:ticket AS text), '') AS uuid) FOR NO KEY UPDATE;
UPDATE ticket SET status = 'CANCELLED', cancel_reason = 'Soak no longer needed', updated_at = now(), version = version + 1
 WHERE id = CAST(NULLIF(CAST(:ticket AS text), '') AS uuid) AND status IN ('NEW', 'OPEN');
INSERT INTO timeline_entry (id, ticket_id, kind, visibility, author_id, body, details, created_at)
SELECT gen_random_uuid(), t.id, 'STATUS_CHANGED', 'PUBLIC', t.requester_id, 'Soak no longer needed',
       jsonb_build_object('changes', jsonb_build_array(jsonb_build_object('field', 'status', 'from', 'NEW', 'to', 'CANCELLED')), 'link', NULL), now()
  FROM ticket t WHERE t.id = CAST(NULLIF(CAST(:ticket AS text), '') AS uuid);
UPDATE sla_clock SET state = 'CANCELLED'
 WHERE ticket_id = CAST(NULLIF(CAST(:ticket AS text), '') AS uuid) AND state IN ('RUNNING', 'PAUSED');
COMMIT;
