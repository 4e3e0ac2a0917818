-- Parley's store, schema version 1: the same tables in SQLite and PostgreSQL.
CREATE TABLE articles (
  id           TEXT PRIMARY KEY,
  title        TEXT,
  outlet       TEXT,
  url          TEXT,
  published    TEXT,
  text         TEXT NOT NULL,
  record       TEXT NOT NULL,
  signature    TEXT NOT NULL,
  ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE article_sources (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  url          TEXT NOT NULL,
  outlet       TEXT,
  duplicate    TEXT NOT NULL,
  seen_at      TEXT NOT NULL,
  PRIMARY KEY (article_id, url)
);

CREATE TABLE actors (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  actor_id     TEXT NOT NULL,
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL,
  country      TEXT,
  sector       TEXT,
  code         TEXT,
  PRIMARY KEY (article_id, actor_id)
);
CREATE INDEX actors_name ON actors (name);

CREATE TABLE events (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event_id     TEXT NOT NULL,
  cameo        TEXT NOT NULL,
  cameo_root   TEXT NOT NULL,
  plover       TEXT NOT NULL,
  source_name  TEXT,
  target_name  TEXT,
  source_code  TEXT,
  target_code  TEXT,
  modality     TEXT NOT NULL,
  event_date   TEXT,
  goldstein    DOUBLE PRECISION NOT NULL,
  quad_class   INTEGER NOT NULL,
  evidence     TEXT NOT NULL,
  pattern      TEXT NOT NULL,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_codes ON events (source_code, target_code);
CREATE INDEX events_date ON events (event_date);

CREATE TABLE quotes (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  quote_id     TEXT NOT NULL,
  kind         TEXT NOT NULL,
  text         TEXT NOT NULL,
  speaker_name TEXT,
  speaker_code TEXT,
  PRIMARY KEY (article_id, quote_id)
);

CREATE TABLE feeds (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  last_fetched  TEXT,
  last_status   INTEGER
);
