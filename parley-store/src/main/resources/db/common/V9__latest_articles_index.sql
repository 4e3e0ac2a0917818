-- The latest articles, newest first and undated last, read in index order instead of sorting them all.
CREATE INDEX articles_latest ON articles ((published IS NULL), published DESC, id);
