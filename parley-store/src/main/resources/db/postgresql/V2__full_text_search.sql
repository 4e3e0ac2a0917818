-- Full-text search over titles and texts: a generated tsvector with a GIN index.
ALTER TABLE articles ADD COLUMN search TSVECTOR
  GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
