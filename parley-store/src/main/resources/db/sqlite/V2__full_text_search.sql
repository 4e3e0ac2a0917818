-- Full-text search over titles and texts: an FTS5 table the store keeps in step with articles.
CREATE VIRTUAL TABLE articles_fts USING fts5 (id UNINDEXED, title, text);
