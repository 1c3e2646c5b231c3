-- A timeline change's old and new values become the field's own JSON values (a number, a list, an
-- object) instead of JSON text inside a string. Edits (UPDATED) kept structured values as JSON text;
-- routing (ROUTED) kept tags as comma-joined text. The meaning of no entry changes, so the
-- append-only guard steps aside for this one rewrite, of the rows that still hold such text only.
-- Disabling the guard locks the table against writes until the migration commits, and replicas of
-- an older version read the new values no more: upgrade with the older replicas stopped.
ALTER TABLE timeline_entry DISABLE TRIGGER timeline_entry_append_only;

CREATE OR REPLACE FUNCTION pg_temp.json_value_of(field text, kind text, value jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN value IS NULL OR jsonb_typeof(value) <> 'string' THEN value
        WHEN kind = 'UPDATED'
             AND field IN ('affectedUsers', 'affectedSystems', 'errorMessages', 'stepsTried', 'environment', 'contact')
            THEN (value #>> '{}')::jsonb
        WHEN kind = 'ROUTED' AND field = 'tags'
            THEN to_jsonb(string_to_array(value #>> '{}', ','))
        ELSE value
    END
$$;

UPDATE timeline_entry e
SET details = jsonb_set(e.details, '{changes}', (
    SELECT jsonb_agg(
               jsonb_build_object(
                   'field', c -> 'field',
                   'from', pg_temp.json_value_of(c ->> 'field', e.kind, c -> 'from'),
                   'to', pg_temp.json_value_of(c ->> 'field', e.kind, c -> 'to'))
               ORDER BY position)
    FROM jsonb_array_elements(e.details -> 'changes') WITH ORDINALITY AS change(c, position)))
WHERE e.kind IN ('UPDATED', 'ROUTED')
  AND EXISTS (
      SELECT 1
      FROM jsonb_array_elements(e.details -> 'changes') AS change(c)
      WHERE (jsonb_typeof(c -> 'from') = 'string' OR jsonb_typeof(c -> 'to') = 'string')
        AND ((e.kind = 'UPDATED' AND c ->> 'field' IN
                 ('affectedUsers', 'affectedSystems', 'errorMessages', 'stepsTried', 'environment', 'contact'))
          OR (e.kind = 'ROUTED' AND c ->> 'field' = 'tags')));

ALTER TABLE timeline_entry ENABLE TRIGGER timeline_entry_append_only;
