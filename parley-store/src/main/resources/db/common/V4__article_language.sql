-- Articles in any language are stored; those Parley cannot analyse (not English) say why.
-- Rows stored before this version were all English and analysed.
ALTER TABLE articles ADD COLUMN language TEXT;
ALTER TABLE articles ADD COLUMN not_analysed TEXT;
