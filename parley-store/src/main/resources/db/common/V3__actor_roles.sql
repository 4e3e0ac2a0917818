-- The role an actor held in each article ("foreign minister"), for roles over time.
ALTER TABLE actors ADD COLUMN role TEXT;
