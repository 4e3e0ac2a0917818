package org.parley.ingest.clean;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parley.core.json.ExtractionJson;

/**
 * The schema.org objects a page declares in its JSON-LD blocks, flattened ({@code @graph}s and
 * arrays opened), with the article among them found by its type. Blocks that are not valid JSON
 * are skipped: publishers' templates break them often, and the rest of the page still counts.
 */
final class JsonLd {
  private final List<JsonNode> objects;
  /** The first object typed as an article of some kind (NewsArticle, ReportageNewsArticle, BlogPosting ...). */
  private final Optional<JsonNode> article;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
    this.article = objects.stream().filter(JsonLd::isArticle).findFirst();
  }

  static JsonLd of(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = ExtractionJson.mapper().readTree(script.data().strip());
        if (root != null) {
          flatten(root, objects);
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // a broken block says nothing we can trust
      }
    }
    return new JsonLd(objects);
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out));
    } else if (node.isObject()) {
      out.add(node);
      if (node.has("@graph")) {
        flatten(node.get("@graph"), out);
      }
      if (node.has("mainEntity")) {
        flatten(node.get("mainEntity"), out);
      }
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    List<String> types = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      types.add(type.asText());
    }
    return types.stream().anyMatch(t -> t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report")
        || t.equals("LiveBlogPosting") || t.equals("Review"));
  }

  /** A text property of the article, or of any object when the article has none. */
  Optional<String> text(String property) {
    return first(node -> string(node.get(property)));
  }

  /** The name of a person or organisation property ("author", "publisher"), whether given as text or as an object. */
  Optional<String> name(String property) {
    return first(node -> nameOf(node.get(property)));
  }

  private Optional<String> first(Function<JsonNode, Optional<String>> read) {
    return article.flatMap(read).or(() -> objects.stream().map(read).flatMap(Optional::stream).findFirst());
  }

  private static Optional<String> nameOf(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray()) {
      List<String> names = new ArrayList<>();
      node.forEach(n -> nameOf(n).ifPresent(names::add));
      return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }
    if (node.isObject()) {
      return string(node.get("name"));
    }
    return string(node).filter(s -> !s.startsWith("http"));
  }

  private static Optional<String> string(JsonNode node) {
    if (node == null || !node.isValueNode()) {
      return Optional.empty();
    }
    return Optional.of(node.asText().strip()).filter(s -> !s.isBlank());
  }
}
