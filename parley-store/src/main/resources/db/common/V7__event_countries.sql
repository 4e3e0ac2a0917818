-- The country at each end of an event (the actor code's first three letters) in its own column, and
-- indexes for the questions the UI asks: a dyad or a country over a period, and pages in date order.
ALTER TABLE events ADD COLUMN source_country TEXT;
ALTER TABLE events ADD COLUMN target_country TEXT;
UPDATE events SET source_country = SUBSTR(source_code, 1, 3) WHERE LENGTH(source_code) >= 3;
UPDATE events SET target_country = SUBSTR(target_code, 1, 3) WHERE LENGTH(target_code) >= 3;
CREATE INDEX events_dyad ON events (source_country, target_country, event_date);
CREATE INDEX events_target_country ON events (target_country, event_date);
CREATE INDEX events_page ON events ((event_date IS NULL), event_date, article_id, event_id);
