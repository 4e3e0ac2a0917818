package org.parley.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.parley.core.error.ProcessingException;
import org.parley.core.json.ExtractionJson;
import org.parley.core.record.Actor;
import org.parley.core.record.Event;
import org.parley.core.record.Extraction;
import org.parley.core.record.Location;
import org.parley.core.record.Quote;

/**
 * The {@link Store} over JDBC, for SQLite and PostgreSQL alike: one writer connection, on which every
 * write is one transaction and writes wait for each other, and a pool of reader connections (HikariCP),
 * so that a page view never waits for an ingest: SQLite's write-ahead log lets readers see the last
 * committed state while the writer works. Every value is bound as a parameter. Migrations run on open
 * (Flyway).
 */
final class JdbcStore implements Store {
  /** Readers for the embedded store: SQLite serves one writer and any number of readers in WAL mode. */
  private static final int SQLITE_READERS = 4;
  private static final int POSTGRES_READERS = 8;
  /** A missing number: PostgreSQL will not take a text null into a number column. */
  private static final Object NO_NUMBER = new Object();
  /** One migration at a time per database in this JVM (parallel sinks of one job open the same store). */
  private static final java.util.concurrent.ConcurrentHashMap<String, Object> MIGRATING =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MIGRATION_ATTEMPTS = 10;

  private final Dialect dialect;
  private final Connection connection;
  private final Object writeLock = new Object();
  private final HikariDataSource readers;
  private final String location;

  JdbcStore(Dialect dialect, String jdbcUrl, String location) {
    this.dialect = dialect;
    this.location = location;
    try {
      migrate(jdbcUrl, dialect);
      this.connection = DriverManager.getConnection(jdbcUrl);
      if (dialect == Dialect.SQLITE) {
        try (var s = connection.createStatement()) {
          // WAL survives a killed process without losing committed transactions and lets readers in.
          s.execute("PRAGMA journal_mode=WAL");
          s.execute("PRAGMA synchronous=NORMAL");
          s.execute("PRAGMA foreign_keys=ON");
          s.execute("PRAGMA busy_timeout=10000");
        }
      }
      connection.setAutoCommit(false);
      this.readers = readerPool(dialect, jdbcUrl);
    } catch (SQLException | RuntimeException e) {
      throw new ProcessingException("cannot open the store at " + location + ": " + e.getMessage(), e);
    }
  }

  private static HikariDataSource readerPool(Dialect dialect, String jdbcUrl) {
    var config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("parley-readers");
    config.setAutoCommit(true);
    config.setMaximumPoolSize(dialect == Dialect.SQLITE ? SQLITE_READERS : POSTGRES_READERS);
    config.setMinimumIdle(1);
    if (dialect == Dialect.SQLITE) {
      // A reader that tried to write would take the write lock from under the writer.
      config.setConnectionInitSql("PRAGMA query_only=true");
    } else {
      config.setReadOnly(true);
    }
    return new HikariDataSource(config);
  }

  /**
   * Brings the schema up to date. Two processes opening a new embedded store at once both try to
   * migrate it: SQLite refuses the second writer outright when it would have to upgrade a read, so
   * the loser waits a little longer each time and tries again, and finds the schema already there.
   */
  private static void migrate(String jdbcUrl, Dialect dialect) {
    var flyway = Flyway.configure().dataSource(jdbcUrl, null, null).locations(dialect.migrations).mixed(true).load();
    synchronized (MIGRATING.computeIfAbsent(jdbcUrl, url -> new Object())) {
      for (int attempt = 1; ; attempt++) {
        try {
          flyway.migrate();
          return;
        } catch (org.flywaydb.core.api.FlywayException e) {
          if (dialect != Dialect.SQLITE || attempt >= MIGRATION_ATTEMPTS) {
            throw e;
          }
          try {
            Thread.sleep(200L * attempt);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
          }
        }
      }
    }
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public void put(Extraction record, String signature) {
    synchronized (writeLock) {
      putLocked(record, signature);
    }
  }

  private void putLocked(Extraction record, String signature) {
    String id = record.id();
    try {
      for (String table : List.of("actors", "events", "quotes")) {
        update("DELETE FROM " + table + " WHERE article_id = ?", id);
      }
      update("""
          INSERT INTO articles (id, title, outlet, url, published, text, record, signature, ingested_at, language, not_analysed)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (id) DO UPDATE SET title = excluded.title, outlet = excluded.outlet, url = excluded.url,
            published = excluded.published, text = excluded.text, record = excluded.record,
            signature = excluded.signature, ingested_at = excluded.ingested_at, language = excluded.language,
            not_analysed = excluded.not_analysed""",
          id, record.title().orElse(null), record.outlet().orElse(null), record.url().orElse(null),
          record.published().orElse(null), record.text(), ExtractionJson.toLine(record), signature,
          Instant.now().toString(), record.language(), record.notAnalysed().orElse(null));
      record.url().ifPresent(url -> insertSource(id, new SourceRef(url, record.outlet(), "original")));
      for (Actor a : record.actors()) {
        update("INSERT INTO actors (article_id, actor_id, name, kind, country, sector, code, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            id, a.id(), a.name(), a.kind().name(), a.country().orElse(null), a.sector().orElse(null), a.code().orElse(null),
            a.role().orElse(null));
      }
      for (Event e : record.events()) {
        update("""
            INSERT INTO events (article_id, event_id, cameo, cameo_root, plover, source_name, target_name, source_code,
              target_code, modality, event_date, goldstein, quad_class, evidence, pattern, place_name, place_country, lat, lon,
              source_country, target_country)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            id, e.id(), e.cameo(), e.cameo().substring(0, 2), e.plover(), name(record, e.source()),
            name(record, e.target()), e.sourceCode().orElse(null), e.targetCode().orElse(null), e.modality().json(),
            e.date().map(d -> d.iso()).orElse(null), e.goldstein(), e.quadClass(), e.evidence(), e.pattern(),
            e.location().map(Location::name).orElse(null), e.location().flatMap(Location::country).orElse(null),
            e.location().<Object>map(Location::lat).orElse(NO_NUMBER), e.location().<Object>map(Location::lon).orElse(NO_NUMBER),
            countryOf(e.sourceCode()), countryOf(e.targetCode()));
      }
      for (Quote q : record.quotes()) {
        Optional<Actor> speaker = q.speaker().flatMap(sid -> record.actors().stream().filter(a -> a.id().equals(sid)).findFirst());
        update("INSERT INTO quotes (article_id, quote_id, kind, text, speaker_name, speaker_code) VALUES (?, ?, ?, ?, ?, ?)",
            id, q.id(), q.kind().name().toLowerCase(Locale.ROOT), q.text(),
            speaker.map(Actor::name).or(q::speakerText).orElse(null), speaker.flatMap(Actor::code).orElse(null));
      }
      if (dialect == Dialect.SQLITE) {
        // The full-text row shares the article's rowid (V8), which an upsert keeps.
        update("DELETE FROM articles_fts WHERE rowid = (SELECT rowid FROM articles WHERE id = ?)", id);
        update("INSERT INTO articles_fts (rowid, id, title, text) VALUES ((SELECT rowid FROM articles WHERE id = ?), ?, ?, ?)",
            id, id, record.title().orElse(""), record.text());
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw new ProcessingException("cannot store article " + id + " in " + location + ": " + e.getMessage(), e);
    }
  }

  /** The country part of an actor code (its first three letters: USA, IGO), as the events table keeps it. */
  private static String countryOf(Optional<String> code) {
    return code.filter(c -> c.length() >= 3).map(c -> c.substring(0, 3)).orElse(null);
  }

  private static String name(Extraction record, Optional<String> actorId) {
    return actorId.flatMap(id -> record.actors().stream().filter(a -> a.id().equals(id)).findFirst())
        .map(Actor::name).orElse(null);
  }

  @Override
  public void addSource(String articleId, SourceRef source) {
    synchronized (writeLock) {
      try {
        insertSource(articleId, source);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        rollback();
        throw new ProcessingException("cannot record a copy of " + articleId + ": " + e.getMessage(), e);
      }
    }
  }

  private void insertSource(String articleId, SourceRef source) {
    try {
      update("""
          INSERT INTO article_sources (article_id, url, outlet, duplicate, seen_at) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (article_id, url) DO UPDATE SET outlet = excluded.outlet""",
          articleId, source.url(), source.outlet().orElse(null), source.duplicate(), Instant.now().toString());
    } catch (SQLException e) {
      throw new ProcessingException("cannot record source " + source.url() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean contains(String articleId) {
    return !select("SELECT id FROM articles WHERE id = ?", rs -> rs.getString(1), articleId).isEmpty();
  }

  @Override
  public boolean knowsUrl(String url) {
    return !select("SELECT 1 FROM articles WHERE url = ? UNION SELECT 1 FROM article_sources WHERE url = ?",
        rs -> rs.getInt(1), url, url).isEmpty();
  }

  @Override
  public Optional<Extraction> article(String articleId) {
    return select("SELECT record FROM articles WHERE id = ?", rs -> rs.getString(1), articleId).stream().findFirst()
        .map(ExtractionJson::fromJson);
  }

  @Override
  public List<String> articleIds() {
    return select("SELECT id FROM articles ORDER BY published, id", rs -> rs.getString(1));
  }

  @Override
  public List<ArticleRow> latest(int limit) {
    return select("""
        SELECT a.id, a.title, a.published, a.outlet,
          (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id), (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id),
          a.language, a.not_analysed, a.url
        FROM articles a ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ?""",
        rs -> new ArticleRow(rs.getString(1), opt(rs, 2), opt(rs, 3), opt(rs, 4), rs.getLong(5), rs.getLong(6),
            opt(rs, 7).orElse("en"), opt(rs, 8), opt(rs, 9)), limit);
  }

  @Override
  public List<Tally> busiestDyads(int limit) {
    // A dyad is unordered: KEN-UGA and UGA-KEN are one pair, written in alphabetical order.
    return select("""
        SELECT CASE WHEN s < t THEN s || '-' || t ELSE t || '-' || s END AS pair, COUNT(*) AS n
        FROM (SELECT source_country AS s, target_country AS t FROM events
              WHERE source_country IS NOT NULL AND target_country IS NOT NULL) d
        WHERE s <> t GROUP BY pair ORDER BY n DESC, pair LIMIT ?""",
        rs -> new Tally(rs.getString(1), rs.getLong(2)), limit);
  }

  @Override
  public List<Tally> busiestCountries(int limit) {
    return select("""
        SELECT c, COUNT(*) AS n FROM (
          SELECT article_id, event_id, source_country AS c FROM events WHERE source_country IS NOT NULL
          UNION
          SELECT article_id, event_id, target_country AS c FROM events WHERE target_country IS NOT NULL) ends
        GROUP BY c ORDER BY n DESC, c LIMIT ?""",
        rs -> new Tally(rs.getString(1), rs.getLong(2)), limit);
  }

  @Override
  public List<Signed> signatures(int newest) {
    return select("SELECT id, signature FROM articles ORDER BY ingested_at DESC, id LIMIT ?",
        rs -> new Signed(rs.getString(1), rs.getString(2)), newest);
  }

  @Override
  public List<SourceRef> sources(String articleId) {
    return select("SELECT url, outlet, duplicate FROM article_sources WHERE article_id = ? ORDER BY seen_at, url",
        rs -> new SourceRef(rs.getString(1), Optional.ofNullable(rs.getString(2)), rs.getString(3)), articleId);
  }

  @Override
  public List<EventRow> events(EventQuery q) {
    StringBuilder sql = new StringBuilder("""
        SELECT e.article_id, e.event_id, e.cameo, e.plover, e.source_name, e.target_name, e.source_code, e.target_code,
          e.modality, e.event_date, e.goldstein, e.quad_class, e.evidence, e.pattern, a.published, a.url,
          e.place_name, e.place_country, e.lat, e.lon
        FROM events e JOIN articles a ON a.id = e.article_id WHERE 1 = 1""");
    List<Object> args = new ArrayList<>();
    where(q, sql, args);
    // Undated events last, in SQLite as in PostgreSQL, so that pages are the same in both.
    sql.append(" ORDER BY e.event_date IS NULL, e.event_date, e.article_id, e.event_id LIMIT ? OFFSET ?");
    args.add(q.limit());
    args.add(q.offset());
    return select(sql.toString(), rs -> new EventRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        opt(rs, 5), opt(rs, 6), opt(rs, 7), opt(rs, 8), rs.getString(9), opt(rs, 10), rs.getDouble(11), rs.getInt(12),
        rs.getString(13), rs.getString(14), opt(rs, 15), opt(rs, 16), place(rs)), args.toArray());
  }

  @Override
  public List<DayStat> daily(EventQuery q) {
    StringBuilder sql = new StringBuilder("""
        SELECT e.event_date, COUNT(*), SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END),
          SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END),
          SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END), AVG(e.goldstein)
        FROM events e JOIN articles a ON a.id = e.article_id WHERE e.event_date IS NOT NULL""");
    List<Object> args = new ArrayList<>();
    where(q, sql, args);
    sql.append(" GROUP BY e.event_date ORDER BY e.event_date LIMIT ?");
    args.add(q.limit());
    return select(sql.toString(), rs -> new DayStat(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
        rs.getLong(5), rs.getLong(6), rs.getDouble(7)), args.toArray());
  }

  @Override
  public List<ActorRow> actors(String nameWords, int limit) {
    return select("""
        SELECT name, MIN(kind), MIN(country), MIN(sector), code, COUNT(DISTINCT article_id) AS n FROM actors
        WHERE LOWER(name) LIKE ? GROUP BY name, code ORDER BY n DESC, name LIMIT ?""",
        rs -> new ActorRow(rs.getString(1), rs.getString(2), opt(rs, 3), opt(rs, 4), opt(rs, 5), rs.getLong(6)),
        "%" + nameWords.strip().toLowerCase(Locale.ROOT) + "%", limit);
  }

  @Override
  public List<ActorRole> roles(String name) {
    return select("""
        SELECT a.published, r.role, r.code, r.article_id FROM actors r JOIN articles a ON a.id = r.article_id
        WHERE r.name = ? ORDER BY a.published, r.article_id""",
        rs -> new ActorRole(opt(rs, 1), opt(rs, 2), opt(rs, 3), rs.getString(4)), name);
  }

  /** The filters of an event query, as SQL conditions with bound values. */
  private static void where(EventQuery q, StringBuilder sql, List<Object> args) {
    q.actor().ifPresent(actor -> {
      sql.append(" AND (LOWER(e.source_name) LIKE ? OR LOWER(e.target_name) LIKE ?)");
      String like = "%" + actor.toLowerCase(Locale.ROOT) + "%";
      args.add(like);
      args.add(like);
    });
    q.text().ifPresent(t -> {
      String like = "%" + t.words().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "%";
      sql.append(" AND (LOWER(e.evidence) LIKE ? ESCAPE '\\' OR LOWER(e.pattern) LIKE ? ESCAPE '\\'"
          + " OR LOWER(e.source_name) LIKE ? ESCAPE '\\' OR LOWER(e.target_name) LIKE ? ESCAPE '\\'");
      for (int i = 0; i < 4; i++) {
        args.add(like);
      }
      for (String code : t.codesNamed()) {
        sql.append(" OR e.cameo = ?");
        args.add(code);
      }
      sql.append(")");
    });
    q.country().ifPresent(c -> {
      sql.append(" AND (e.source_country = ? OR e.target_country = ?)");
      args.add(c.toUpperCase(Locale.ROOT));
      args.add(c.toUpperCase(Locale.ROOT));
    });
    q.dyad().ifPresent(d -> {
      String[] sides = d.toUpperCase(Locale.ROOT).split("[-/,]");
      if (sides.length != 2) {
        throw new org.parley.core.error.BadInputException("a dyad is two country codes, like USA-CHN: " + d);
      }
      sql.append(" AND ((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))");
      args.add(sides[0]);
      args.add(sides[1]);
      args.add(sides[1]);
      args.add(sides[0]);
    });
    q.cameoRoot().ifPresent(r -> {
      sql.append(" AND e.cameo_root = ?");
      args.add(r.length() == 1 ? "0" + r : r);
    });
    q.plover().ifPresent(p -> {
      sql.append(" AND e.plover = ?");
      args.add(p.toUpperCase(Locale.ROOT));
    });
    q.modality().ifPresent(m -> {
      sql.append(" AND e.modality = ?");
      args.add(m.toLowerCase(Locale.ROOT));
    });
    q.from().ifPresent(f -> {
      sql.append(" AND e.event_date >= ?");
      args.add(f.toString());
    });
    q.to().ifPresent(t -> {
      // "2023-06" is within a range ending 2023-06-30: compare on the date's own precision.
      sql.append(" AND e.event_date <= ?");
      args.add(t.toString());
    });
  }

  @Override
  public List<QuoteRow> quotes(QuoteQuery q) {
    StringBuilder sql = new StringBuilder("""
        SELECT qt.article_id, qt.quote_id, qt.kind, qt.text, qt.speaker_name, qt.speaker_code, a.published
        FROM quotes qt JOIN articles a ON a.id = qt.article_id WHERE 1 = 1""");
    List<Object> args = new ArrayList<>();
    q.speaker().ifPresent(s -> {
      sql.append(" AND LOWER(qt.speaker_name) LIKE ?");
      args.add("%" + s.toLowerCase(Locale.ROOT) + "%");
    });
    q.words().ifPresent(w -> {
      sql.append(" AND LOWER(qt.text) LIKE ?");
      args.add("%" + w.toLowerCase(Locale.ROOT) + "%");
    });
    sql.append(" ORDER BY a.published, qt.article_id, qt.quote_id LIMIT ?");
    args.add(q.limit());
    return select(sql.toString(), rs -> new QuoteRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        opt(rs, 5), opt(rs, 6), opt(rs, 7)), args.toArray());
  }

  @Override
  public List<ArticleHit> search(String words, int limit) {
    String query = dialect.searchWords(words);
    if (query.isBlank()) {
      return List.of();
    }
    return select(dialect.searchSql(), rs -> new ArticleHit(rs.getString(1), opt(rs, 2), opt(rs, 3), opt(rs, 4)),
        query, limit);
  }

  @Override
  public Optional<FeedState> feed(String url) {
    return select("SELECT url, etag, last_modified, last_fetched, last_status FROM feeds WHERE url = ?",
        rs -> new FeedState(rs.getString(1), opt(rs, 2), opt(rs, 3), opt(rs, 4).map(Instant::parse),
            rs.getObject(5) == null ? Optional.empty() : Optional.of(rs.getInt(5))), url).stream().findFirst();
  }

  @Override
  public void saveFeed(FeedState s) {
    synchronized (writeLock) {
      try {
        update("""
            INSERT INTO feeds (url, etag, last_modified, last_fetched, last_status) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
              last_fetched = excluded.last_fetched, last_status = excluded.last_status""",
            s.url(), s.etag().orElse(null), s.lastModified().orElse(null), s.lastFetched().map(Instant::toString).orElse(null),
            s.lastStatus().orElse(null));
        connection.commit();
      } catch (SQLException e) {
        rollback();
        throw new ProcessingException("cannot save the state of feed " + s.url() + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public StoreStats stats() {
    return new StoreStats(count("articles"), count("article_sources"), count("events"), count("quotes"), count("actors"));
  }

  private long count(String table) {
    return select("SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).get(0);
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      readers.close();
      try {
        connection.close();
      } catch (SQLException e) {
        throw new ProcessingException("cannot close the store at " + location + ": " + e.getMessage(), e);
      }
    }
  }

  // ---- JDBC helpers: every value is a bound parameter --------------------------------------------

  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private void update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, args);
      ps.executeUpdate();
    }
  }

  /** A read on a pooled reader connection: it sees the last committed state, and never waits for a write. */
  private <T> List<T> select(String sql, RowReader<T> reader, Object... args) {
    try (Connection c = readers.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new ProcessingException("query failed on " + location + ": " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object v = args[i];
      if (v == NO_NUMBER) {
        ps.setNull(i + 1, Types.DOUBLE);
      } else if (v == null) {
        ps.setNull(i + 1, Types.VARCHAR);
      } else if (v instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (v instanceof Double d) {
        ps.setDouble(i + 1, d);
      } else {
        ps.setString(i + 1, v.toString());
      }
    }
  }

  /** An event row's place, when it has one (columns 17 to 20). */
  private static Optional<Location> place(ResultSet rs) throws SQLException {
    double lat = rs.getDouble(19);
    if (rs.wasNull() || rs.getString(17) == null) {
      return Optional.empty();
    }
    return Optional.of(new Location(rs.getString(17), opt(rs, 18), lat, rs.getDouble(20)));
  }

  private static Optional<String> opt(ResultSet rs, int column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the original failure is what the caller needs to see
    }
  }
}
