-- Each article's full-text row now has the article's own rowid, so that replacing an article finds
-- its row at once; before, the row was found by its unindexed id, a scan of the whole index that made
-- every store slower than the one before it. The index is rebuilt once with those rowids.
DELETE FROM articles_fts;
INSERT INTO articles_fts (rowid, id, title, text) SELECT rowid, id, COALESCE(title, ''), text FROM articles;
