-- Recording events wakes the event sequencer on every replica (EventSequencerJob): PostgreSQL
-- notifies ChangeNotifications' channel after each statement that inserts into domain_event,
-- delivered once the transaction commits (once per transaction, however many statements did).
-- Done by the database, a write sends one statement less than when the service sent it itself.
CREATE FUNCTION domain_events_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('servicedesk_changes', 'domain-events');
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_events_recorded AFTER INSERT ON domain_event
    FOR EACH STATEMENT EXECUTE FUNCTION domain_events_recorded();
