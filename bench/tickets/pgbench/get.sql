-- A ticket by primary key, any of the million.
\set n random(1, 1000000)
SELECT * FROM ticket WHERE id = ('00000000-0000-7000-8000-' || lpad(to_hex(CAST(:n AS bigint)), 12, '0'))::uuid;
