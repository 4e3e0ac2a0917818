package org.parley.ingest.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds a page's story, readability-style: every stretch of prose scores its
 * container (more for length and commas), containers lose score for links and for class or id
 * names of page furniture, and the best container is taken with the siblings that score nearly as
 * well. Then its text is cut into paragraphs at block boundaries, whatever the markup (p, div, br).
 */
final class MainContent {
  private static final Pattern NEGATIVE = Pattern.compile(
      "comment|share|social|related|promo|newsletter|sidebar|footer|header|menu|nav|breadcrumb|advert|\\bad[s-]|cookie"
          + "|subscribe|popular|recommend|widget|signup|banner|masthead|outbrain|taboola|trending|most-read|tags");
  private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|post|text|story|blog");
  private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
      "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "br", "hr", "header",
      "footer", "figure", "center");
  private static final int MIN_PROSE = 25;

  private MainContent() {}

  /** The story's container in a body whose chrome (scripts, nav, headers, footers) is already gone. */
  static Element container(Element body) {
    Element pruned = best(prune(body.clone()));
    // Class names mislead on some sites (a story inside "page-header-wrapper"): when pruning leaves
    // almost nothing, score the page as it is.
    return pruned.text().length() >= 200 ? pruned : best(body);
  }

  private static Element prune(Element body) {
    body.select("*").stream()
        .filter(e -> !e.is("html, body, article, main"))
        .filter(e -> {
          String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
          return NEGATIVE.matcher(name).find() && !POSITIVE.matcher(name).find();
        })
        .toList().forEach(Element::remove);
    return body;
  }

  private static Element best(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element e : body.select("*")) {
      String own = e.ownText();
      if (own.length() < MIN_PROSE && !e.is("p")) {
        continue;
      }
      String text = e.is("p") ? e.text() : own;
      if (text.length() < MIN_PROSE) {
        continue;
      }
      double score = 1 + text.split(",").length - 1 + Math.min(3, text.length() / 100.0);
      // Prose in an element counts for it and, less, for the containers above it.
      scores.merge(e, score, Double::sum);
      if (e.parent() != null) {
        scores.merge(e.parent(), score, Double::sum);
        if (e.parent().parent() != null) {
          scores.merge(e.parent().parent(), score / 2, Double::sum);
        }
      }
    }
    Element best = body;
    double bestScore = 0;
    for (var entry : scores.entrySet()) {
      Element e = entry.getKey();
      double s = entry.getValue() * (1 - linkDensity(e)) + classWeight(e);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    return best;
  }

  private static double classWeight(Element e) {
    String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return (POSITIVE.matcher(name).find() ? 10 : 0) - (NEGATIVE.matcher(name).find() ? 10 : 0)
        + (e.is("article, main, [itemprop=articleBody]") ? 10 : 0);
  }

  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
    return Math.min(1, (double) links / all);
  }

  /** The container's text, one paragraph per block, link lists and fragments dropped. */
  static List<String> paragraphs(Element container) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    StringBuilder linked = new StringBuilder();
    walk(container, current, linked, out, false);
    flush(current, linked, out);
    return out;
  }

  private static void walk(Node node, StringBuilder current, StringBuilder linked, List<String> out, boolean inLink) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        String text = t.text();
        current.append(text);
        if (inLink) {
          linked.append(text);
        }
      } else if (child instanceof Element e) {
        boolean block = BLOCK.contains(e.normalName());
        if (block) {
          flush(current, linked, out);
        }
        walk(e, current, linked, out, inLink || e.normalName().equals("a"));
        if (block) {
          flush(current, linked, out);
        }
      }
    }
  }

  private static void flush(StringBuilder current, StringBuilder linked, List<String> out) {
    String text = current.toString().replaceAll("\\s+", " ").strip();
    String link = linked.toString().replaceAll("\\s+", " ").strip();
    current.setLength(0);
    linked.setLength(0);
    if (text.isEmpty()) {
      return;
    }
    // A paragraph that is mostly link text is navigation or a list of other stories.
    if (link.length() > 0.5 * text.length()) {
      return;
    }
    out.add(text);
  }
}
