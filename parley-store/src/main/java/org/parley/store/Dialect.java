package org.parley.store;

/** What differs between the embedded SQLite store and PostgreSQL: migrations and full-text search. */
enum Dialect {
  SQLITE("classpath:db/sqlite"),
  POSTGRESQL("classpath:db/postgresql");

  /** Shared tables first (db/common), then the dialect's own search (db/sqlite, db/postgresql). */
  final String[] migrations;

  Dialect(String own) {
    this.migrations = new String[] {"classpath:db/common", own};
  }

  /** Article ids matching full-text words, best first; one parameter (the words), one (the limit). */
  String searchSql() {
    return switch (this) {
      case SQLITE -> "SELECT a.id, a.title, a.published, a.url FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
          + "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?";
      case POSTGRESQL -> "SELECT id, title, published, url FROM articles, plainto_tsquery('english', ?) q "
          + "WHERE search @@ q ORDER BY ts_rank(search, q) DESC LIMIT ?";
    };
  }

  /** Words as the full-text engine reads them: for SQLite each word quoted, so no word is an operator. */
  String searchWords(String words) {
    if (this == POSTGRESQL) {
      return words;
    }
    StringBuilder q = new StringBuilder();
    for (String w : words.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isBlank()) {
        q.append(q.length() == 0 ? "" : " ").append('"').append(w).append('"');
      }
    }
    return q.toString();
  }
}
