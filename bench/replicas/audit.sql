-- Bench instrumentation, not part of the service: which replica wrote what. Each replica connects
-- with its own application_name (replica-1, -2, -3, set in its datasource URL); these triggers note
-- it beside every row the scheduled work writes, in the writing transaction (so a rolled-back
-- write leaves no note). Installed after the migrations, in the bench database only.
CREATE TABLE bench_origin (
    tbl      text        NOT NULL,
    row_id   uuid        NOT NULL,
    what     text        NOT NULL,
    replica  text        NOT NULL,
    at       timestamptz NOT NULL
);

CREATE FUNCTION bench_note_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO bench_origin VALUES (TG_TABLE_NAME, NEW.id, 'insert', current_setting('application_name'), clock_timestamp());
    RETURN NULL;
END;
$$;

CREATE FUNCTION bench_note_archive() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO bench_origin VALUES (TG_TABLE_NAME, NEW.id, 'archived', current_setting('application_name'), clock_timestamp());
    RETURN NULL;
END;
$$;

CREATE FUNCTION bench_note_handled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO bench_origin VALUES (TG_TABLE_NAME, NEW.id, 'handled', current_setting('application_name'), clock_timestamp());
    RETURN NULL;
END;
$$;

CREATE TRIGGER bench_origin AFTER INSERT ON sla_event FOR EACH ROW EXECUTE FUNCTION bench_note_insert();
CREATE TRIGGER bench_origin AFTER INSERT ON escalation FOR EACH ROW EXECUTE FUNCTION bench_note_insert();
CREATE TRIGGER bench_origin AFTER INSERT ON timeline_entry FOR EACH ROW EXECUTE FUNCTION bench_note_insert();
CREATE TRIGGER bench_origin AFTER INSERT ON announcement_update FOR EACH ROW EXECUTE FUNCTION bench_note_insert();
CREATE TRIGGER bench_origin AFTER INSERT ON webhook_attempt FOR EACH ROW EXECUTE FUNCTION bench_note_insert();
-- every move into ARCHIVED (two would show a duplicate archive)
CREATE TRIGGER bench_origin AFTER UPDATE OF status ON announcement FOR EACH ROW
    WHEN (NEW.status = 'ARCHIVED' AND OLD.status IS DISTINCT FROM 'ARCHIVED') EXECUTE FUNCTION bench_note_archive();
-- every escalation level marked carried out, and every escalation marked followed up
CREATE TRIGGER bench_handled AFTER UPDATE OF handled_at ON sla_event FOR EACH ROW
    WHEN (NEW.handled_at IS NOT NULL AND OLD.handled_at IS NULL) EXECUTE FUNCTION bench_note_handled();
CREATE TRIGGER bench_handled AFTER UPDATE OF overdue_handled_at ON escalation FOR EACH ROW
    WHEN (NEW.overdue_handled_at IS NOT NULL AND OLD.overdue_handled_at IS NULL) EXECUTE FUNCTION bench_note_handled();

CREATE INDEX bench_origin_row ON bench_origin (row_id);
