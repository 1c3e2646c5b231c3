-- The language a person reads, for what the service writes to them (notifications): their token's
-- locale claim, else the Accept-Language of their latest request that sent one.
ALTER TABLE person ADD COLUMN locale text;
