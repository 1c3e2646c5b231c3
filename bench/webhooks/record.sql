-- What recording one delivery attempt writes: the attempt, and the delivery's new state.
\set n random(1, 1000000000)
BEGIN;
INSERT INTO webhook_attempt (id, delivery_id, number, started_at, duration_millis, status_code, error)
SELECT gen_random_uuid(), id, :n, now(), 12, 204, NULL FROM webhook_delivery ORDER BY id LIMIT 1;
UPDATE webhook_delivery SET attempt_count = attempt_count, last_attempt_at = now(), last_status_code = 204
 WHERE id = (SELECT id FROM webhook_delivery ORDER BY id OFFSET (:n % 1000) LIMIT 1);
COMMIT;
