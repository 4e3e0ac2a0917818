-- Where each event happened, in columns, so that the map and the API need not read whole records.
-- Rows stored before this version are filled from their records by V6.
ALTER TABLE events ADD COLUMN place_name TEXT;
ALTER TABLE events ADD COLUMN place_country TEXT;
ALTER TABLE events ADD COLUMN lat DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN lon DOUBLE PRECISION;
