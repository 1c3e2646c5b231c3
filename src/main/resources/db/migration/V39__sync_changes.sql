-- The changes feed for sync (GET /api/v1/sync): one row for every insert, update and delete of a
-- ticket, comment, article, announcement or configuration item, written by the database itself in
-- the changing transaction, so that no code path can change what a client syncs without the feed
-- telling it. The sequencer places committed rows in commit order, as it does domain events.
--
-- audience holds everyone who could see the resource just before or just after the change, as
-- keys a reader holds: 'desk' (staff), 'everyone', 'person:<id>', 'department:<lower-cased name>',
-- 'announcement:<id>' (those an AFFECTED_USERS announcement went to). Updates are compared as jsonb,
-- which works for columns of any type. A reader is told of a change
-- only if it holds one of its keys; one that cannot see the resource now gets a tombstone, and only
-- because it could see it before.
CREATE SEQUENCE sync_change_recorded;

CREATE TABLE sync_change (
    recorded      bigint PRIMARY KEY DEFAULT nextval('sync_change_recorded'),
    resource_type text   NOT NULL CHECK (resource_type IN ('ticket', 'comment', 'article', 'announcement',
                                                           'configuration_item')),
    resource_id   uuid   NOT NULL,
    -- a comment's ticket
    ticket_id     uuid,
    audience      text[] NOT NULL,
    -- the place in commit order, given by the sequencer once the row is committed; null until then
    position      bigint UNIQUE
);

CREATE INDEX sync_change_unplaced ON sync_change (recorded) WHERE position IS NULL;
CREATE INDEX sync_change_audience ON sync_change USING gin (audience);

CREATE FUNCTION sync_changed(kind text, id uuid, ticket uuid, audience text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sync_change (resource_type, resource_id, ticket_id, audience)
    VALUES (kind, id, ticket, ARRAY(SELECT DISTINCT key FROM unnest(audience) AS key WHERE key IS NOT NULL));
    -- wakes the sequencer on every replica at commit (PostgreSQL sends one per transaction)
    PERFORM pg_notify('servicedesk_changes', 'domain-events');
END;
$$;

-- Tickets: the desk and the requester.
CREATE FUNCTION ticket_readers(t ticket) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['desk', 'person:' || t.requester_id]
$$;

CREATE FUNCTION ticket_synced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM sync_changed('ticket', NEW.id, NULL, ticket_readers(NEW));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM sync_changed('ticket', NEW.id, NULL, ticket_readers(OLD) || ticket_readers(NEW));
    ELSE
        PERFORM sync_changed('ticket', OLD.id, NULL, ticket_readers(OLD));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER ticket_synced AFTER INSERT OR DELETE ON ticket
    FOR EACH ROW EXECUTE FUNCTION ticket_synced();
-- Not for what only the desk's own machinery moves (SLA due times, folded search text): a
-- requester's copy would be told of, and so time, desk activity it cannot see.
CREATE TRIGGER ticket_synced_update AFTER UPDATE ON ticket
    FOR EACH ROW WHEN (to_jsonb(OLD) - ARRAY['sla_due_at', 'sla_due_rank', 'search_subject', 'search_description']
                       IS DISTINCT FROM
                       to_jsonb(NEW) - ARRAY['sla_due_at', 'sla_due_rank', 'search_subject', 'search_description'])
    EXECUTE FUNCTION ticket_synced();

-- Comments (timeline entries are append-only): the desk, and the requester for a public reply.
CREATE FUNCTION comment_synced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM sync_changed('comment', NEW.id, NEW.ticket_id,
        ARRAY['desk'] || CASE WHEN NEW.visibility = 'PUBLIC'
                              THEN (SELECT ARRAY['person:' || requester_id] FROM ticket WHERE id = NEW.ticket_id)
                              ELSE ARRAY[]::text[] END);
    RETURN NULL;
END;
$$;

CREATE TRIGGER comment_synced AFTER INSERT ON timeline_entry
    FOR EACH ROW WHEN (NEW.kind = 'COMMENT') EXECUTE FUNCTION comment_synced();

-- Articles: the desk; everyone while published and public.
CREATE FUNCTION article_readers(a kb_article) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN a.status = 'PUBLISHED' AND a.visibility = 'PUBLIC' THEN ARRAY['desk', 'everyone']
                ELSE ARRAY['desk'] END
$$;

CREATE FUNCTION article_synced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM sync_changed('article', NEW.id, NULL, article_readers(NEW));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM sync_changed('article', NEW.id, NULL, article_readers(OLD) || article_readers(NEW));
    ELSE
        PERFORM sync_changed('article', OLD.id, NULL, article_readers(OLD));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER article_synced AFTER INSERT OR DELETE ON kb_article
    FOR EACH ROW EXECUTE FUNCTION article_synced();
CREATE TRIGGER article_synced_update AFTER UPDATE ON kb_article
    FOR EACH ROW WHEN (to_jsonb(OLD) IS DISTINCT FROM to_jsonb(NEW)) EXECUTE FUNCTION article_synced();

-- Announcements: the desk; once published (and after, archived), the audience it was written for.
CREATE FUNCTION announcement_readers(a announcement) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['desk'] || CASE
        WHEN NOT (a.status = 'PUBLISHED' OR (a.status = 'ARCHIVED' AND a.published_at IS NOT NULL))
            THEN ARRAY[]::text[]
        WHEN a.audience_kind = 'EVERYONE' THEN ARRAY['everyone']
        WHEN a.audience_kind = 'DEPARTMENTS'
            THEN ARRAY(SELECT 'department:' || lower(d) FROM unnest(a.departments) AS d)
        WHEN a.audience_kind = 'AFFECTED_USERS' THEN ARRAY['announcement:' || a.id]
        ELSE ARRAY[]::text[] END
$$;

CREATE FUNCTION announcement_synced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM sync_changed('announcement', NEW.id, NULL, announcement_readers(NEW));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM sync_changed('announcement', NEW.id, NULL, announcement_readers(OLD) || announcement_readers(NEW));
    ELSE
        PERFORM sync_changed('announcement', OLD.id, NULL, announcement_readers(OLD));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER announcement_synced AFTER INSERT OR DELETE ON announcement
    FOR EACH ROW EXECUTE FUNCTION announcement_synced();
CREATE TRIGGER announcement_synced_update AFTER UPDATE ON announcement
    FOR EACH ROW WHEN (to_jsonb(OLD) IS DISTINCT FROM to_jsonb(NEW)) EXECUTE FUNCTION announcement_synced();

-- Configuration items: the desk and the owner.
CREATE FUNCTION ci_readers(c ci) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['desk', 'person:' || c.owner_id]
$$;

CREATE FUNCTION ci_synced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM sync_changed('configuration_item', NEW.id, NULL, ci_readers(NEW));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM sync_changed('configuration_item', NEW.id, NULL, ci_readers(OLD) || ci_readers(NEW));
        IF OLD.owner_id IS DISTINCT FROM NEW.owner_id THEN
            -- a requester sees among a ticket's or an announcement's items only those they own
            PERFORM sync_changed('ticket', t.id, NULL, ARRAY['person:' || t.requester_id])
               FROM ticket t WHERE t.ci_ids @> ARRAY[NEW.id];
            PERFORM sync_changed('announcement', a.id, NULL, array_remove(announcement_readers(a), 'desk'))
               FROM announcement a WHERE a.ci_ids @> ARRAY[NEW.id];
        END IF;
    ELSE
        PERFORM sync_changed('configuration_item', OLD.id, NULL, ci_readers(OLD));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER ci_synced AFTER INSERT OR DELETE ON ci
    FOR EACH ROW EXECUTE FUNCTION ci_synced();
CREATE TRIGGER ci_synced_update AFTER UPDATE ON ci
    FOR EACH ROW WHEN (to_jsonb(OLD) IS DISTINCT FROM to_jsonb(NEW)) EXECUTE FUNCTION ci_synced();

-- What exists already enters the feed once, oldest first, so that a first sync sees everything.
INSERT INTO sync_change (resource_type, resource_id, audience)
SELECT 'ticket', t.id, ticket_readers(t) FROM ticket t ORDER BY t.created_at, t.id;
INSERT INTO sync_change (resource_type, resource_id, ticket_id, audience)
SELECT 'comment', e.id, e.ticket_id,
       CASE WHEN e.visibility = 'PUBLIC' THEN ARRAY['desk', 'person:' || t.requester_id] ELSE ARRAY['desk'] END
  FROM timeline_entry e JOIN ticket t ON t.id = e.ticket_id
 WHERE e.kind = 'COMMENT' ORDER BY e.created_at, e.id;
INSERT INTO sync_change (resource_type, resource_id, audience)
SELECT 'article', a.id, article_readers(a) FROM kb_article a ORDER BY a.created_at, a.id;
INSERT INTO sync_change (resource_type, resource_id, audience)
SELECT 'announcement', a.id, announcement_readers(a) FROM announcement a ORDER BY a.created_at, a.id;
INSERT INTO sync_change (resource_type, resource_id, audience)
SELECT 'configuration_item', c.id, ARRAY(SELECT key FROM unnest(ci_readers(c)) AS key WHERE key IS NOT NULL)
  FROM ci c ORDER BY c.created_at, c.id;
