package org.parley.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/** Builds the UI's pages; every piece of text from an article goes through {@link #text}. */
final class Html {
  private final StringBuilder out = new StringBuilder();

  static String text(String untrusted) {
    return Entities.escape(untrusted == null ? "" : untrusted);
  }

  static String text(Optional<String> untrusted) {
    return text(untrusted.orElse(""));
  }

  /** A query parameter's value. */
  static String url(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  /** One segment of a path (an article id): "+" is a plus there, so a space must be %20. */
  static String segment(String value) {
    return url(value).replace("+", "%20");
  }

  /**
   * A link to where an article came from, or none: only http and https are live, so that a stored
   * "javascript:" or "data:" address can never run in the page.
   */
  static String sourceLink(String url) {
    String u = url.strip().toLowerCase(java.util.Locale.ROOT);
    if (!u.startsWith("http://") && !u.startsWith("https://")) {
      return "<span class=\"muted\">" + text(url) + "</span>";
    }
    return "<a href=\"" + text(url.strip()) + "\" rel=\"noopener noreferrer\">source</a>";
  }

  Html page(String title) {
    out.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(text(title))
        .append(" · Parley</title><link rel=\"stylesheet\" href=\"/static/parley.css\"></head><body><header>")
        .append("<a href=\"/\"><b>Parley</b></a><a href=\"/events\">Events</a><a href=\"/actors\">Actors</a>")
        .append("<a href=\"/quotes\">Quotes</a><a href=\"/dyad\">Dyads</a><a href=\"/map\">Map</a>")
        .append("<a href=\"/openapi.json\">API</a></header><main><h1>").append(text(title)).append("</h1>");
    return this;
  }

  /** Markup written by Parley itself, never article text. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  Html t(String untrusted) {
    out.append(text(untrusted));
    return this;
  }

  Html t(java.util.Optional<String> untrusted) {
    out.append(text(untrusted));
    return this;
  }

  /** The row a table shows when it has none: a person must tell "nothing found" from "not loaded". */
  Html noResults(int columns) {
    out.append("<tr><td class=\"empty\" colspan=\"").append(columns).append("\">no results</td></tr>");
    return this;
  }

  String done() {
    return out.append("</main></body></html>").toString();
  }
}
