-- The statements the service runs to record a requester's ticket, in one transaction: keep the
-- person in step with the token (writes nothing), read the priority matrix, take the next key,
-- insert the ticket and its CREATED timeline entry.
\set p random(1, 10000)
BEGIN;
WITH claimed AS (
    UPDATE person SET subject = 'bench-' || :p, updated_at = now(), version = version + 1
     WHERE id = (SELECT u.id FROM person u
                  WHERE u.subject IS NULL AND lower(u.email) = lower('bench-' || :p || '@example.org')
                    AND NOT EXISTS (SELECT 1 FROM person s WHERE s.subject = 'bench-' || :p)
                  ORDER BY u.created_at LIMIT 1)
    RETURNING id)
INSERT INTO person AS p (id, subject, name, email, department, created_at, updated_at, version)
SELECT gen_random_uuid(), 'bench-' || :p, 'Bench bench-' || :p, 'bench-' || :p || '@example.org',
       'Dept ' || (:p % 20), now(), now(), 0
 WHERE NOT EXISTS (SELECT 1 FROM claimed)
ON CONFLICT (subject) DO UPDATE
   SET name = EXCLUDED.name, email = EXCLUDED.email, department = EXCLUDED.department,
       updated_at = EXCLUDED.updated_at, version = p.version + 1
 WHERE (p.name, p.email, p.department) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.email, EXCLUDED.department);
SELECT id AS requester FROM person WHERE subject = 'bench-' || :p \gset
SELECT m.version, m.updated_at, m.updated_by, c.impact, c.urgency, c.priority
  FROM priority_matrix m CROSS JOIN priority_matrix_cell c;
SELECT nextval('ticket_number_incident') AS number \gset
INSERT INTO ticket (id, ticket_key, type, status, category, impact, urgency, priority, channel,
                    subject, description, requester_id, created_by_id, occurred_at, affected_users,
                    facts, created_at, updated_at, version)
VALUES (gen_random_uuid(), 'INC-' || :number, 'INCIDENT', 'NEW', 'HARDWARE', 'HIGH', 'MEDIUM', 'HIGH', 'PORTAL',
        'Printer on floor 3 jams', 'Every page since 9:00', :'requester', :'requester', NULL, 3,
        '{"affectedSystems":["PRN-3F-01"],"errorMessages":["E-204 paper jam"],"stepsTried":[{"step":"Restarted the printer","effect":"Jams again after two pages"}],"environment":{"os":"Windows 11","driver":"5.2.1"},"contact":{"phone":"+47 22 00 00 00","extension":null,"email":null,"availability":null}}',
        now(), now(), 0)
RETURNING id AS ticket \gset
INSERT INTO timeline_entry (id, ticket_id, kind, visibility, author_id, body, details, created_at)
VALUES (gen_random_uuid(), :'ticket', 'CREATED', 'PUBLIC', :'requester', NULL, '{"changes":[],"link":null}', now());
COMMIT;
