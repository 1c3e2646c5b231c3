-- Recording events wakes the event sequencer on every replica (EventSequencerJob): PostgreSQL
-- notifies ChangeNotifications' channel when a statement has written any, delivered once the
-- transaction commits (and once per transaction, however many statements wrote). Done by the
-- database, a write sends one statement less than when the service sent the notification itself.
CREATE FUNCTION domain_events_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('servicedesk_changes', 'domain-events');
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_events_recorded AFTER INSERT ON domain_event
    FOR EACH STATEMENT EXECUTE FUNCTION domain_events_recorded();
