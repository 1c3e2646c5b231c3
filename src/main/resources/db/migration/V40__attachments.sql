-- Files on tickets and on their comments. What is known of a file (attachment) is kept apart from
-- its bytes (attachment_content), so that listing files never reads them; the bytes sit behind one
-- small storage interface in the code, PostgreSQL by default. Both are immutable, enforced here.
CREATE TABLE attachment (
    id             uuid        PRIMARY KEY,
    ticket_id      uuid        NOT NULL REFERENCES ticket (id),
    comment_id     uuid        REFERENCES timeline_entry (id),
    visibility     text        NOT NULL CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
    file_name      text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type   text        NOT NULL,
    size           bigint      NOT NULL CHECK (size > 0),
    sha256         text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by_id uuid        REFERENCES person (id),
    created_at     timestamptz NOT NULL
);

CREATE INDEX attachment_ticket ON attachment (ticket_id, created_at, id);

CREATE TABLE attachment_content (
    attachment_id uuid  PRIMARY KEY REFERENCES attachment (id),
    bytes         bytea NOT NULL
);

CREATE FUNCTION attachment_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'attachments are immutable' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER attachment_immutable
    BEFORE UPDATE OR DELETE ON attachment
    FOR EACH ROW EXECUTE FUNCTION attachment_is_immutable();

CREATE TRIGGER attachment_content_immutable
    BEFORE UPDATE OR DELETE ON attachment_content
    FOR EACH ROW EXECUTE FUNCTION attachment_is_immutable();
