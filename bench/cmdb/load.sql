-- 100,000 configuration items and 500,000 relationships shaped like a mid-sized company's CMDB:
-- end devices used by 20,000 people, the services and applications they use, the databases,
-- servers, storage and network under them. Applications and databases run on pairs of servers
-- in a redundancy group, as clusters do, so a single server's failure only degrades them.
\timing on
BEGIN;

INSERT INTO person (id, subject, name, email, department, created_at, updated_at, search_text)
SELECT gen_random_uuid(), 'bench-owner-' || n, 'Owner ' || n, 'owner' || n || '@example.org',
       'Department ' || (n % 40), now(), now(), lower('owner ' || n || ' owner' || n || '@example.org')
  FROM generate_series(1, 20000) AS n;
CREATE TEMP TABLE owner AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM person WHERE subject LIKE 'bench-owner-%';
CREATE UNIQUE INDEX ON owner (n);
ANALYZE owner;

-- kind, how many, criticality: (n within the kind) decides the rest.
CREATE TEMP TABLE kind (type text, how_many int, first int);
INSERT INTO kind VALUES ('SERVICE', 400, 0), ('APPLICATION', 3600, 0), ('DATABASE', 2000, 0), ('SERVER', 8000, 0),
    ('STORAGE', 1000, 0), ('NETWORK_DEVICE', 2000, 0), ('PRINTER', 2000, 0), ('SOFTWARE', 15000, 0),
    ('LAPTOP', 31000, 0), ('WORKSTATION', 20000, 0), ('MOBILE_DEVICE', 15000, 0);
UPDATE kind SET first = k.first FROM (SELECT type, sum(how_many) OVER (ORDER BY how_many DESC, type) - how_many AS first FROM kind) k
 WHERE kind.type = k.type;

CREATE TEMP TABLE item AS
SELECT k.type, n, gen_random_uuid() AS id
  FROM kind k, generate_series(1, k.how_many) AS n;
CREATE UNIQUE INDEX ON item (type, n);
ANALYZE item;

INSERT INTO ci (id, name, asset_tag, type, status, environment, criticality, owner_id, location, description,
                attributes, search_text, created_at, updated_at)
SELECT i.id, lower(i.type) || '-' || i.n, i.type || '-' || lpad(i.n::text, 6, '0'), i.type,
       CASE WHEN i.n % 97 = 0 THEN 'MAINTENANCE' ELSE 'IN_USE' END,
       CASE WHEN i.type IN ('LAPTOP', 'WORKSTATION', 'MOBILE_DEVICE', 'PRINTER') THEN NULL ELSE 'PRODUCTION' END,
       CASE WHEN i.type = 'SERVICE' THEN (ARRAY['MEDIUM', 'HIGH', 'CRITICAL'])[1 + i.n % 3]
            WHEN i.type IN ('APPLICATION', 'DATABASE', 'SERVER', 'STORAGE', 'NETWORK_DEVICE') THEN (ARRAY['MEDIUM', 'HIGH'])[1 + i.n % 2]
            ELSE 'LOW' END,
       CASE WHEN i.type IN ('LAPTOP', 'WORKSTATION', 'MOBILE_DEVICE')
            THEN (SELECT id FROM owner WHERE owner.n = 1 + (i.n * 7 + length(i.type)) % 20000) END,
       'Site ' || (i.n % 12), NULL, jsonb_build_object('serial', md5(i.id::text)),
       lower(i.type || '-' || i.n || ' ' || i.type || '-' || lpad(i.n::text, 6, '0') || ' ' || md5(i.id::text)),
       now(), now()
  FROM item i;

CREATE TEMP TABLE edge (source_id uuid, target_id uuid, type text, redundancy_group text);
-- Shortcuts: the id of the m-th item of a type (1-based, wrapping).
CREATE FUNCTION pg_temp.nth(t text, m bigint) RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT id FROM item WHERE type = t AND n = 1 + ((m - 1) % (SELECT how_many FROM kind WHERE type = t)) $$;

-- End devices use five services (330,000) and one application directly (66,000).
INSERT INTO edge SELECT d.id, pg_temp.nth('SERVICE', d.n * 5 + s * 83 + length(d.type)), 'USES', NULL
  FROM item d, generate_series(0, 4) AS s WHERE d.type IN ('LAPTOP', 'WORKSTATION', 'MOBILE_DEVICE');
INSERT INTO edge SELECT d.id, pg_temp.nth('APPLICATION', d.n * 13 + length(d.type)), 'USES', NULL
  FROM item d WHERE d.type IN ('LAPTOP', 'WORKSTATION', 'MOBILE_DEVICE');
-- Laptops and workstations, printers and servers hang on the network (61,000).
INSERT INTO edge SELECT d.id, pg_temp.nth('NETWORK_DEVICE', d.n + length(d.type)), 'CONNECTED_TO', NULL
  FROM item d WHERE d.type IN ('LAPTOP', 'WORKSTATION', 'PRINTER', 'SERVER');
-- Software is part of an application (15,000).
INSERT INTO edge SELECT s.id, pg_temp.nth('APPLICATION', s.n * 3), 'PART_OF', NULL FROM item s WHERE s.type = 'SOFTWARE';
-- Applications run on two servers of a cluster and depend on one or two databases; databases run on two servers.
INSERT INTO edge SELECT a.id, pg_temp.nth('SERVER', a.n * 2 + k), 'RUNS_ON', 'cluster-' || a.n
  FROM item a, generate_series(0, 1) AS k WHERE a.type = 'APPLICATION';
INSERT INTO edge SELECT a.id, pg_temp.nth('DATABASE', a.n * 5 + k * 7), 'DEPENDS_ON', NULL
  FROM item a, generate_series(0, 1) AS k WHERE a.type = 'APPLICATION' AND (k = 0 OR a.n % 2 = 0);
INSERT INTO edge SELECT d.id, pg_temp.nth('SERVER', 7200 + d.n * 2 + k), 'RUNS_ON', 'db-cluster-' || d.n
  FROM item d, generate_series(0, 1) AS k WHERE d.type = 'DATABASE';
-- Services depend on nine applications each.
INSERT INTO edge SELECT s.id, pg_temp.nth('APPLICATION', s.n * 9 + k), 'DEPENDS_ON', NULL
  FROM item s, generate_series(0, 8) AS k WHERE s.type = 'SERVICE';
-- Servers depend on a storage array; a few infrastructure servers (directory, DNS) are used by all others.
INSERT INTO edge SELECT s.id, pg_temp.nth('STORAGE', s.n), 'DEPENDS_ON', NULL FROM item s WHERE s.type = 'SERVER';
INSERT INTO edge SELECT s.id, pg_temp.nth('SERVER', 7990 + k), 'USES', 'infrastructure'
  FROM item s, generate_series(0, 3) AS k WHERE s.type = 'SERVER' AND s.n < 7990;
-- Storage and network devices are connected among themselves.
INSERT INTO edge SELECT x.id, pg_temp.nth(x.type, x.n + 1), 'CONNECTED_TO', NULL
  FROM item x WHERE x.type IN ('STORAGE', 'NETWORK_DEVICE');

-- The rest of the 500,000 as further uses of applications by end devices.
INSERT INTO edge SELECT d.id, pg_temp.nth('APPLICATION', d.n * 17 + 1800 + length(d.type)), 'USES', NULL
  FROM item d WHERE d.type IN ('LAPTOP', 'WORKSTATION', 'MOBILE_DEVICE')
 ORDER BY d.type, d.n LIMIT greatest(0, 500000 - (SELECT count(*) FROM edge));

INSERT INTO ci_relationship (id, source_id, target_id, type, redundancy_group, created_at, created_by)
SELECT gen_random_uuid(), source_id, target_id, type, redundancy_group, now(), (SELECT id FROM owner WHERE n = 1)
  FROM (SELECT DISTINCT ON (least(source_id, target_id), greatest(source_id, target_id), type) * FROM edge
         WHERE source_id <> target_id) e;

-- Duplicates fell out above; top up to 500,000 with further uses of applications.
INSERT INTO ci_relationship (id, source_id, target_id, type, redundancy_group, created_at, created_by)
SELECT gen_random_uuid(), d.id, pg_temp.nth('APPLICATION', d.n * 29 + 900 + length(d.type)), 'USES', NULL, now(),
       (SELECT id FROM owner WHERE n = 1)
  FROM item d WHERE d.type IN ('LAPTOP', 'WORKSTATION', 'MOBILE_DEVICE')
 ORDER BY d.type DESC, d.n LIMIT greatest(0, 500000 - (SELECT count(*) FROM ci_relationship))
ON CONFLICT DO NOTHING;

COMMIT;
ANALYZE;
SELECT type, count(*) FROM ci GROUP BY type ORDER BY 2 DESC;
SELECT type, count(*) FROM ci_relationship GROUP BY type ORDER BY 2 DESC;
SELECT count(*) AS relationships FROM ci_relationship;
