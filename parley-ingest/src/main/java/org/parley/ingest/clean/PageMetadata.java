package org.parley.ingest.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * What a page says about itself in its markup: title, publication date, author, site name,
 * canonical address and language. Each is read from the sources publishers fill in for search
 * engines and social networks, most reliable first: OpenGraph and article meta tags, schema.org
 * JSON-LD and microdata, Dublin Core, then plain HTML ({@code <title>}, {@code <time>},
 * {@code <html lang>}), and for the date last of all the address ({@code /2024/05/14/}).
 */
public record PageMetadata(
    Optional<String> title,
    Optional<String> published,
    Optional<String> author,
    Optional<String> site,
    Optional<String> canonical,
    Optional<String> language) {

  public static PageMetadata none() {
    return new PageMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** Reads the metadata; call before the page's scripts are removed, since JSON-LD lives in them. */
  public static PageMetadata read(Document doc) {
    JsonLd ld = JsonLd.of(doc);
    Optional<String> canonical = attr(doc, "link[rel=canonical]", "href")
        .or(() -> meta(doc, "meta[property=og:url]"));
    Optional<String> title = meta(doc, "meta[property=og:title], meta[name=twitter:title]")
        .or(() -> ld.text("headline"))
        .or(() -> Optional.of(doc.title().strip()).filter(t -> !t.isBlank()));
    Optional<String> published = meta(doc, "meta[property=article:published_time]")
        .or(() -> meta(doc, "meta[itemprop=datePublished]"))
        .or(() -> attr(doc, "[itemprop=datePublished][datetime]", "datetime"))
        .or(() -> ld.text("datePublished"))
        .or(() -> meta(doc, "meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=parsely-pub-date], "
            + "meta[name=sailthru.date], meta[property=og:published_time]"))
        // jsoup compares attribute values ignoring case: "dc.date" finds "DC.date" too.
        .or(() -> meta(doc, "meta[name=dc.date.issued], meta[name=dcterms.date], meta[name=dc.date]"))
        .or(() -> meta(doc, "meta[name=date]"))
        .or(() -> attr(doc, "time[datetime]", "datetime"))
        .or(() -> ld.text("dateCreated"))
        .or(() -> canonical.flatMap(PageMetadata::dateInAddress))
        .or(() -> meta(doc, "meta[property=article:modified_time]"))
        .or(() -> ld.text("dateModified"));
    Optional<String> author = meta(doc, "meta[name=author], meta[property=article:author], meta[name=parsely-author], "
            + "meta[name=sailthru.author], meta[name=dc.creator]")
        .filter(a -> !a.startsWith("http"))
        .or(() -> ld.name("author"))
        .or(() -> text(doc, "[itemprop=author] [itemprop=name], [rel=author], [itemprop=author]"));
    Optional<String> site = meta(doc, "meta[property=og:site_name], meta[name=application-name], meta[name=publisher]")
        .or(() -> ld.name("publisher"));
    Optional<String> language = Optional.ofNullable(doc.selectFirst("html[lang]")).map(e -> e.attr("lang"))
        .or(() -> meta(doc, "meta[http-equiv=content-language], meta[name=language], meta[property=og:locale]"))
        .or(() -> ld.text("inLanguage"))
        .flatMap(PageMetadata::languageCode);
    return new PageMetadata(title, published, author, site, canonical, language);
  }

  private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");

  /** "en-GB", "en_US", "EN" → "en"; anything that is not a language tag is dropped. */
  static Optional<String> languageCode(String tag) {
    Matcher m = LANGUAGE.matcher(tag.strip());
    return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  private static final Pattern ADDRESS_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|$)");

  /** Many sites put the day in the story's address: /2024/05/14/ or /2024-05-14-. */
  static Optional<String> dateInAddress(String url) {
    Matcher m = ADDRESS_DATE.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3))));
  }

  private static Optional<String> meta(Document doc, String selector) {
    return attr(doc, selector, "content");
  }

  private static Optional<String> attr(Document doc, String selector, String attribute) {
    return doc.select(selector).stream()
        .map(e -> e.attr(attribute).strip())
        .filter(s -> !s.isBlank())
        .findFirst();
  }

  private static Optional<String> text(Document doc, String selector) {
    return doc.select(selector).stream()
        .map(e -> e.text().strip())
        .filter(s -> !s.isBlank() && s.length() <= 120)
        .findFirst();
  }
}
