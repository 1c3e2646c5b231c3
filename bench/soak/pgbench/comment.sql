-- (Literals avoid colons: pgbench would read them as variables. :tickets is given with -D.)
-- The statements the service runs for the desk's public reply on an open ticket, in one
-- transaction, as bench/tickets/pgbench/patch.sql does for a patch: read it, find that the agent
-- works it (the front line's queues, for a ticket in none), lock it and read it again, decide
-- again, move its updatedAt and version on, add the COMMENT entry, look at its SLA clocks.
\set k random(0, :tickets / 10 - 1)
\set n 10 * :k + 9
BEGIN;
SELECT * FROM ticket WHERE id = ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid;
SELECT id AS agent FROM person WHERE subject = 'bench-0' \gset
SELECT q.* FROM queue q WHERE q.supervisor_id = CAST(:agent AS uuid)
    OR EXISTS (SELECT 1 FROM queue_member m WHERE m.queue_id = q.id AND m.person_id = CAST(:agent AS uuid));
SELECT * FROM ticket WHERE id = ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid
   FOR NO KEY UPDATE;
SELECT q.* FROM queue q WHERE q.supervisor_id = CAST(:agent AS uuid)
    OR EXISTS (SELECT 1 FROM queue_member m WHERE m.queue_id = q.id AND m.person_id = CAST(:agent AS uuid));
UPDATE ticket SET updated_at = now(), version = version + 1
 WHERE id = ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid;
INSERT INTO timeline_entry (id, ticket_id, kind, visibility, author_id, body, details, created_at)
VALUES (gen_random_uuid(), ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid, 'COMMENT', 'PUBLIC',
        CAST(:agent AS uuid), 'Looked into it from the desk.', jsonb_build_object('changes', jsonb_build_array(), 'link', NULL), now());
SELECT * FROM sla_clock WHERE ticket_id = ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid;
COMMIT;
