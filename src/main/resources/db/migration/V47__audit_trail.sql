-- The audit trail: every change to the desk's configuration, who made it and the resource as the
-- API showed it before and after, written in the changing transaction. Append-only: the database
-- refuses to change or remove an entry, whoever asks (the trigger holds for the table's owner too).
CREATE TABLE audit_entry (
    id             uuid        PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor_id       uuid        NOT NULL REFERENCES person (id),
    resource_type  text        NOT NULL CHECK (resource_type IN ('PRIORITY_MATRIX', 'QUEUE', 'ROUTING_RULE',
                       'CALENDAR', 'SLA_POLICY', 'WEBHOOK', 'KB_ARTICLE', 'ANNOUNCEMENT', 'CI_TYPE',
                       'CHANGE_BLACKOUT')),
    resource_id    text        NOT NULL,
    action         text        NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'DELETED', 'REPLACED',
                       'SECRET_ROTATED', 'APPROVED', 'REJECTED')),
    before         jsonb       CHECK (jsonb_typeof(before) = 'object'),
    after          jsonb       CHECK (jsonb_typeof(after) = 'object'),
    CHECK (before IS NOT NULL OR after IS NOT NULL)
);

-- The trail newest first, whole or for one resource or one person.
CREATE INDEX audit_entry_time ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_resource ON audit_entry (resource_id, occurred_at DESC, id DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor_id, occurred_at DESC, id DESC);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
