-- VIPs, as the identity provider's token says.
ALTER TABLE person ADD COLUMN vip boolean NOT NULL DEFAULT false;

-- Labels routing rules put on a ticket.
ALTER TABLE ticket ADD COLUMN tags text[] NOT NULL DEFAULT '{}';

-- Rules that classify and route new tickets, run in position order (ties in the order made; ids
-- are time-ordered). Conditions and actions are value objects evaluated in memory; the queue an
-- action names is derived into a column, so that the queue cannot disappear from under a rule.
CREATE TABLE routing_rule (
    id               uuid        PRIMARY KEY,
    name             text        NOT NULL,
    description      text,
    position         integer     NOT NULL CHECK (position >= 0),
    enabled          boolean     NOT NULL,
    disabled_reason  text,
    on_match         text        NOT NULL CHECK (on_match IN ('STOP', 'CONTINUE')),
    conditions       jsonb       NOT NULL,
    actions          jsonb       NOT NULL,
    queue_id         uuid        GENERATED ALWAYS AS (CAST(actions ->> 'queueId' AS uuid)) STORED
                                 REFERENCES queue (id),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX routing_rule_name ON routing_rule (lower(name));
CREATE INDEX routing_rule_order ON routing_rule (position, id);
CREATE INDEX routing_rule_queue ON routing_rule (queue_id);

-- Whatever deactivates a queue disables the rules routing to it, saying why, in the same
-- transaction, rather than letting them route tickets into a queue nobody works.
CREATE FUNCTION disable_rules_of_deactivated_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE routing_rule
       SET enabled = false,
           disabled_reason = 'Its queue "' || NEW.name || '" was deactivated.',
           updated_at = now(),
           version = version + 1
     WHERE queue_id = NEW.id AND enabled;
    RETURN NEW;
END;
$$;

CREATE TRIGGER disable_rules_of_deactivated_queue
    AFTER UPDATE OF active ON queue
    FOR EACH ROW
    WHEN (OLD.active AND NOT NEW.active)
    EXECUTE FUNCTION disable_rules_of_deactivated_queue();
