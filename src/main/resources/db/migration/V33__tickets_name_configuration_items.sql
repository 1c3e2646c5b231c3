-- The configuration items a ticket is about. Items are never deleted (they retire), so the ids
-- stay valid without a foreign key; the service checks each when it is named.
ALTER TABLE ticket ADD COLUMN ci_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(ci_ids) <= 20);

-- The tickets naming any of some items: the list's filter, a ticket's related incidents, impact.
CREATE INDEX ticket_ci_ids ON ticket USING gin (ci_ids);
