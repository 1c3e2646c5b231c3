-- A ticket's story: every interaction and change, in order. Append-only, enforced here so that no
-- code path can edit or remove an entry.
CREATE TABLE timeline_entry (
    id          uuid        PRIMARY KEY,
    ticket_id   uuid        NOT NULL REFERENCES ticket (id),
    kind        text        NOT NULL,
    visibility  text        NOT NULL CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
    author_id   uuid        REFERENCES person (id),
    body        text,
    details     jsonb       NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE INDEX timeline_entry_ticket ON timeline_entry (ticket_id, created_at, id);

CREATE FUNCTION timeline_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'timeline entries are append-only' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER timeline_entry_append_only
    BEFORE UPDATE OR DELETE ON timeline_entry
    FOR EACH ROW EXECUTE FUNCTION timeline_entry_is_append_only();
