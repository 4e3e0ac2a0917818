package org.parley.ingest.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements that hold a page's story, readability-style: every stretch of prose scores its
 * container (more for length and commas) and, less, the containers above it; containers lose score
 * for links and for class or id names of page furniture. The best container is taken with those of
 * its siblings that carry the same story (a body split into several columns or sections), then its
 * text is cut into paragraphs at block boundaries, whatever the markup (p, div, br). Nothing here
 * depends on the page's language: prose is told from furniture by its length, punctuation and links.
 */
final class MainContent {
  private static final Pattern NEGATIVE = Pattern.compile(
      "comment|share|social|related|promo|newsletter|sidebar|footer|header|menu|nav|breadcrumb|advert|\\bad[s-]|cookie"
          + "|subscribe|popular|recommend|widget|signup|banner|masthead|outbrain|taboola|trending|most-read|tags");
  private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|main|post|text|story|blog");
  private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
      "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "br", "hr", "header",
      "footer", "figure", "center");
  private static final Set<String> INLINE = Set.of("a", "span", "small", "b", "strong", "i", "em", "u", "font", "sup",
      "sub", "abbr", "cite", "code", "mark", "q", "s", "time", "label", "big", "tt", "var", "ins", "del", "dfn", "kbd",
      "bdi", "bdo", "wbr", "nobr");
  private static final int MIN_PROSE = 25;
  private static final double WRAPPER_SHARE = 0.5;
  /** What prose gives the containers above it, step by step: its parent and grandparent fully, the next a third. */
  private static final double[] ANCESTOR_WEIGHTS = {1, 1, 1 / 3.0};
  /** Containers of the best one's markup scoring this share of it that share an ancestor make the ancestor the story. */
  private static final double RIVAL_SHARE = 0.3;
  /** How many such containers besides the best it takes. */
  private static final int MIN_RIVALS = 1;
  /** A child scoring this share of its parent, the best container, is the story instead. */
  private static final double CHILD_SHARE = 0.75;
  /** A sibling joins the story when it scores this share of the best container. */
  private static final double SIBLING_SHARE = 0.2;
  private static final double SIBLING_MIN_SCORE = 10;
  /** A sibling more linked than this is a list of other stories, whatever its score. */
  private static final double SIBLING_LINKS = 0.2;
  /** A sibling paragraph of this many characters with few links joins whatever it scores. */
  private static final int SIBLING_PARAGRAPH = 80;

  private MainContent() {}

  /** The story's elements in page order, in a body whose chrome (scripts, nav, headers, footers) is already gone. */
  static List<Element> story(Element body) {
    Element pruned = prune(body.clone());
    // Class names mislead on some sites (a story inside "page-header-wrapper"): when pruning leaves
    // almost nothing, score the page as it is.
    Element scored = pruned.text().length() >= 200 ? pruned : body;
    return withSiblings(scored, scores(scored));
  }

  private static Element prune(Element body) {
    int all = body.text().length();
    body.select("*").stream()
        .filter(e -> !e.is("html, body, article, main"))
        .filter(e -> {
          String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
          return NEGATIVE.matcher(name).find() && !POSITIVE.matcher(name).find();
        })
        // A wrapper that holds most of the page is misnamed (or left unclosed), not furniture.
        .filter(e -> e.text().length() < WRAPPER_SHARE * all)
        .toList().forEach(Element::remove);
    return body;
  }

  /** Each container's prose score, links discounted and its class and id names weighed. */
  private static Map<Element, Double> scores(Element body) {
    // Insertion order, so that of two containers scoring the same the first in the page wins, run after run.
    Map<Element, Double> raw = new LinkedHashMap<>();
    for (Element e : body.select("*")) {
      if (INLINE.contains(e.normalName())) {
        continue;
      }
      String text = e.is("p") ? e.text() : inlineText(e);
      if (text.length() < MIN_PROSE) {
        continue;
      }
      double score = 1 + text.split("[,\u3001\uff0c\u060c]").length - 1 + Math.min(3, text.length() / 100.0);
      // Prose in an element counts for it and, less with each step, for the containers above it.
      raw.merge(e, score, Double::sum);
      Element up = e.parent();
      for (int level = 0; up != null && level < ANCESTOR_WEIGHTS.length; level++, up = up.parent()) {
        raw.merge(up, score * ANCESTOR_WEIGHTS[level], Double::sum);
      }
    }
    Map<Element, Double> scores = new LinkedHashMap<>();
    raw.forEach((e, s) -> scores.put(e, s * (1 - linkDensity(e)) + classWeight(e)));
    return scores;
  }

  private static List<Element> withSiblings(Element body, Map<Element, Double> scores) {
    Element best = body;
    double bestScore = 0;
    for (var entry : scores.entrySet()) {
      if (entry.getValue() > bestScore) {
        best = entry.getKey();
        bestScore = entry.getValue();
      }
    }
    best = proseChild(best, bestScore, scores);
    best = commonAncestorOfRivals(best, bestScore, scores, body);
    // A container that is its parent's only child is the parent, so the parent's siblings are its.
    while (best != body && best.parent() != null && best.parent() != body && best.parent().children().size() == 1) {
      best = best.parent();
    }
    bestScore = Math.max(bestScore, scores.getOrDefault(best, 0.0));
    Element parent = best.parent();
    if (parent == null || best == body) {
      return List.of(best);
    }
    double threshold = Math.max(SIBLING_MIN_SCORE, bestScore * SIBLING_SHARE);
    // The story's paragraphs have a markup of their own (div.body-paragraph); a sibling in that markup
    // is one of them, set apart from the rest (a lead paragraph above the "read all" part).
    List<Element> paragraphs = best.children().stream().filter(c -> scores.containsKey(c) && !c.classNames().isEmpty()).toList();
    List<Element> story = new ArrayList<>();
    for (Element sibling : parent.children()) {
      boolean lowLinks = linkDensity(sibling) < SIBLING_LINKS;
      if (sibling == best || (scores.getOrDefault(sibling, 0.0) >= threshold && lowLinks) || isProseParagraph(sibling)
          || (scores.containsKey(sibling) && lowLinks && sameMarkup(sibling, paragraphs))) {
        story.add(sibling);
      }
    }
    return story;
  }

  /**
   * A well-named column ("main-column") can outscore the story it holds with the teasers beside it;
   * when one child carries nearly all of the column's score, the child is the story, and the
   * sibling step decides what else of the column joins it.
   */
  private static Element proseChild(Element best, double bestScore, Map<Element, Double> scores) {
    for (Element child : best.children()) {
      if (scores.getOrDefault(child, 0.0) >= CHILD_SHARE * bestScore) {
        return child;
      }
    }
    return best;
  }

  /** The text of an element that no block inside it holds: its own, and that of its links, spans and emphasis. */
  private static String inlineText(Element e) {
    StringBuilder text = new StringBuilder();
    appendInline(e, text);
    return text.toString().strip();
  }

  private static void appendInline(Element e, StringBuilder text) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text.append(t.text());
        } else if (node != e && !(node instanceof Element c && INLINE.contains(c.normalName()))) {
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, e);
  }

  /**
   * A story split into columns or sections gives several containers of the same markup and about
   * the same score; when enough of them sit under one ancestor, that ancestor holds the whole story.
   */
  private static Element commonAncestorOfRivals(Element best, double bestScore, Map<Element, Double> scores, Element body) {
    List<Element> rivals = scores.entrySet().stream()
        .filter(en -> en.getKey() != best && en.getValue() >= RIVAL_SHARE * bestScore)
        .filter(en -> en.getKey().normalName().equals(best.normalName()) && en.getKey().className().equals(best.className()))
        .filter(en -> !en.getKey().parents().contains(best) && !best.parents().contains(en.getKey()))
        .map(Map.Entry::getKey)
        .toList();
    if (rivals.size() < MIN_RIVALS) {
      return best;
    }
    for (Element ancestor : best.parents()) {
      if (ancestor == body) {
        break;
      }
      long under = rivals.stream().filter(r -> r.parents().contains(ancestor)).count();
      if (under >= MIN_RIVALS) {
        return ancestor;
      }
    }
    return best;
  }

  /**
   * The element, or the one element it wraps, is marked up as one of the story's paragraphs: the
   * same tag and all of its classes (and perhaps more: "body-paragraph lead").
   */
  private static boolean sameMarkup(Element e, List<Element> paragraphs) {
    Element inner = e.children().size() == 1 ? e.child(0) : e;
    return paragraphs.stream().anyMatch(p -> dressedAs(e, p) || dressedAs(inner, p));
  }

  private static boolean dressedAs(Element e, Element paragraph) {
    return e.normalName().equals(paragraph.normalName()) && e.classNames().containsAll(paragraph.classNames());
  }

  /** A paragraph (or a block of nothing but paragraphs) that reads as the story's own: long enough, or a whole sentence, and hardly linked. */
  private static boolean isProseParagraph(Element e) {
    boolean paragraphs = e.is("p") || (e.is("div, section") && !e.children().isEmpty() && e.children().stream().allMatch(c -> c.is("p")));
    if (!paragraphs) {
      return false;
    }
    String text = e.text();
    double links = linkDensity(e);
    return (text.length() > SIBLING_PARAGRAPH && links < 0.25)
        || (text.length() >= MIN_PROSE && links == 0 && text.strip().matches("(?s).*[.!?\u3002\uff01\uff1f]$"));
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

  /** The story's text, one paragraph per block, link lists and fragments dropped. */
  static List<String> paragraphs(List<Element> story) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    StringBuilder linked = new StringBuilder();
    for (Element part : story) {
      flush(current, linked, out);
      // Iterative, not recursive: a page of twenty thousand nested divs must not overflow the stack.
      NodeTraversor.traverse(new NodeVisitor() {
        private int links;

        @Override
        public void head(Node node, int depth) {
          if (node instanceof TextNode t) {
            current.append(t.text());
            if (links > 0) {
              linked.append(t.text());
            }
          } else if (node instanceof Element e) {
            if (e.normalName().equals("a")) {
              links++;
            }
            if (BLOCK.contains(e.normalName())) {
              flush(current, linked, out);
            }
          }
        }

        @Override
        public void tail(Node node, int depth) {
          if (node instanceof Element e) {
            if (e.normalName().equals("a")) {
              links--;
            }
            if (BLOCK.contains(e.normalName())) {
              flush(current, linked, out);
            }
          }
        }
      }, part);
    }
    flush(current, linked, out);
    return out;
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
