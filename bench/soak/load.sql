-- The soak's starting data: bench/tickets/load.sql's desk at a size set by the run script
-- (psql -v tickets=100000), so that reads, lists and searches hit real rows. :tickets tickets from
-- ten thousand requesters, 80 % closed, the rest open in various states, each with its CREATED
-- timeline entry. Ids follow the service's UUIDv7 shape and are derived from the row number n, so
-- that the load drivers can name any ticket: person n is 00000000-0000-7000-9000-<n in hex>,
-- ticket n is 00000000-0000-7000-8000-<n in hex> with key INC-n. Person 0 is the bench agent, the
-- only member of the front line: whoever changes a ticket in no queue must work it.
-- Tickets 10j+8 (NEW or IN_PROGRESS) are the ones the soak patches, 10j+9 (OPEN or PENDING) the
-- ones it comments on, so that a reply never moves the ETag a patch sends back.
\timing on

-- Bulk loading is far faster without the secondary indexes: set their definitions aside, drop
-- them, and build them again from the same definitions once the rows are in.
CREATE TEMP TABLE set_aside_index AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i
 WHERE i.indrelid IN ('ticket'::regclass, 'timeline_entry'::regclass) AND NOT i.indisunique;
DO $$
DECLARE index record;
BEGIN
    FOR index IN SELECT name FROM set_aside_index LOOP
        EXECUTE 'DROP INDEX ' || index.name;
    END LOOP;
END $$;

INSERT INTO person (id, subject, name, email, department, search_text, created_at, updated_at, version)
SELECT ('00000000-0000-7000-9000-' || lpad(to_hex(n), 12, '0'))::uuid,
       'bench-' || n, 'Bench bench-' || n, 'bench-' || n || '@example.org', 'Dept ' || (n % 20),
       'bench bench-' || n || ' bench-' || n || '@example.org',
       timestamptz '2025-10-01', timestamptz '2025-10-01', 0
  FROM generate_series(0, 10000) AS n;

INSERT INTO queue (id, name, tier, active, created_at, updated_at)
VALUES ('00000000-0000-7000-a000-000000000001', 'Bench front line', 1, true, timestamptz '2025-10-01',
        timestamptz '2025-10-01');
INSERT INTO queue_member (queue_id, person_id, position)
VALUES ('00000000-0000-7000-a000-000000000001', '00000000-0000-7000-9000-000000000000', 0);

INSERT INTO ticket (id, ticket_key, type, status, category, impact, urgency, priority, channel,
                    subject, description, search_subject, search_description, requester_id, created_by_id,
                    occurred_at, affected_users, facts, pending_reason, resolution_code, resolution_notes,
                    resolved_at, closed_at, created_at, updated_at, version)
SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       'INC-' || n, 'INCIDENT', s.status,
       (ARRAY['HARDWARE', 'SOFTWARE', 'NETWORK', 'SECURITY', 'USER_SUPPORT', 'SERVICE_REQUEST',
              'DATA_RECOVERY', 'PERFORMANCE', 'CONSULTING', 'OTHER'])[1 + n % 10],
       'MEDIUM', 'MEDIUM', 'MEDIUM', (ARRAY['PORTAL', 'PHONE', 'EMAIL', 'CHAT'])[1 + n % 4],
       t.subject, t.description, lower(t.subject), lower(t.description),
       r.id, r.id, c.created_at - interval '1 hour', 1 + n % 7,
       ('{"affectedSystems":["SYS-' || (n % 97) || '"],"errorMessages":[],"stepsTried":[],"environment":{"os":"Windows 11"},"contact":{"phone":null,"extension":null,"email":null,"availability":null}}')::jsonb,
       CASE WHEN s.status = 'PENDING' THEN 'AWAITING_REQUESTER' END,
       CASE WHEN s.status = 'CLOSED' THEN 'FIXED' END,
       CASE WHEN s.status = 'CLOSED' THEN 'Fixed in the bench' END,
       CASE WHEN s.status = 'CLOSED' THEN c.created_at + interval '1 day' END,
       CASE WHEN s.status = 'CLOSED' THEN c.created_at + interval '8 days' END,
       c.created_at, c.created_at, 0
  FROM generate_series(1, :tickets) AS n
 CROSS JOIN LATERAL (SELECT ('00000000-0000-7000-9000-' || lpad(to_hex(1 + n % 10000), 12, '0'))::uuid AS id) r
 CROSS JOIN LATERAL (SELECT timestamptz '2025-11-01' + n * interval '30 seconds' AS created_at) c
 CROSS JOIN LATERAL (SELECT (ARRAY['Printer on floor 3 jams', 'VPN drops every few minutes',
                                   'Laptop very slow after update', 'Password reset needed',
                                   'Emails to partners bounce'])[1 + n % 5] || ' (' || n || ')' AS subject,
                            'Reported through the bench load, ticket number ' || n || '. It started this morning.'
                                AS description) t
 CROSS JOIN LATERAL (SELECT CASE WHEN n % 10 < 8 THEN 'CLOSED'
                                 ELSE (ARRAY['NEW', 'OPEN', 'IN_PROGRESS', 'PENDING'])[1 + n % 4] END AS status) s;

INSERT INTO timeline_entry (id, ticket_id, kind, visibility, author_id, body, details, created_at)
SELECT ('00000000-0000-7000-a000-' || lpad(to_hex(n), 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       'CREATED', 'PUBLIC', ('00000000-0000-7000-9000-' || lpad(to_hex(1 + n % 10000), 12, '0'))::uuid,
       NULL, '{"changes":[],"link":null}', timestamptz '2025-11-01' + n * interval '30 seconds'
  FROM generate_series(1, :tickets) AS n;

DO $$
DECLARE index record;
BEGIN
    FOR index IN SELECT definition FROM set_aside_index LOOP
        EXECUTE index.definition;
    END LOOP;
END $$;

SELECT setval('ticket_number_incident', :tickets);
VACUUM ANALYZE;
SELECT status, count(*) FROM ticket GROUP BY status ORDER BY status;
