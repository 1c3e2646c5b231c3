-- (Literals avoid colons: pgbench would read them as variables.)
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
INSERT INTO person AS p (id, subject, name, email, department, search_text, created_at, updated_at, version)
SELECT gen_random_uuid(), 'bench-' || :p, 'Bench bench-' || :p, 'bench-' || :p || '@example.org',
       'Dept ' || (:p % 20), 'bench bench-' || :p || ' bench-' || :p || '@example.org', now(), now(), 0
 WHERE NOT EXISTS (SELECT 1 FROM claimed)
ON CONFLICT (subject) DO UPDATE
   SET name = EXCLUDED.name, email = EXCLUDED.email, department = EXCLUDED.department,
       search_text = EXCLUDED.search_text, updated_at = EXCLUDED.updated_at, version = p.version + 1
 WHERE (p.name, p.email, p.department) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.email, EXCLUDED.department);
SELECT id AS requester FROM person WHERE subject = 'bench-' || :p \gset
SELECT m.version, m.updated_at, m.updated_by, c.impact, c.urgency, c.priority
  FROM priority_matrix m CROSS JOIN priority_matrix_cell c;
SELECT nextval('ticket_number_incident') AS number \gset
INSERT INTO ticket (id, ticket_key, type, status, category, impact, urgency, priority, channel,
                    subject, description, search_subject, search_description, requester_id, created_by_id,
                    occurred_at, affected_users, facts, created_at, updated_at, version)
VALUES (gen_random_uuid(), 'INC-' || CAST(:number AS text), 'INCIDENT', 'NEW', 'HARDWARE', 'HIGH', 'MEDIUM', 'HIGH', 'PORTAL',
        'Printer on floor 3 jams', 'Every page since 9.00', 'printer on floor 3 jams', 'every page since 9.00',
        CAST(:requester AS uuid), CAST(:requester AS uuid), NULL, 3,
        jsonb_build_object('affectedSystems', jsonb_build_array('PRN-3F-01'),
                           'errorMessages', jsonb_build_array('E-204 paper jam'),
                           'stepsTried', jsonb_build_array(jsonb_build_object('step', 'Restarted the printer',
                                                                              'effect', 'Jams again after two pages')),
                           'environment', jsonb_build_object('os', 'Windows 11', 'driver', '5.2.1'),
                           'contact', jsonb_build_object('phone', '+47 22 00 00 00', 'extension', NULL,
                                                         'email', NULL, 'availability', NULL)),
        now(), now(), 0)
RETURNING id AS ticket \gset
INSERT INTO timeline_entry (id, ticket_id, kind, visibility, author_id, body, details, created_at)
VALUES (gen_random_uuid(), CAST(:ticket AS uuid), 'CREATED', 'PUBLIC', CAST(:requester AS uuid), NULL, jsonb_build_object('changes', jsonb_build_array(), 'link', NULL), now());
COMMIT;
