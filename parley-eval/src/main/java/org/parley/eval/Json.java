package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading the loosely typed gold and record JSON: a missing field and null read the same. */
final class Json {
  private Json() {}

  /** The field as text, or null when it is missing or null. */
  static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static String textOr(JsonNode node, String field, String fallback) {
    String v = text(node, field);
    return v == null ? fallback : v;
  }

  static boolean flag(JsonNode node, String field) {
    return node.path(field).asBoolean(false);
  }

  /** A field that may hold one value or a list of them. */
  static List<String> list(JsonNode node, String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    } else {
      out.add(v.asText());
    }
    return out;
  }

  static List<JsonNode> items(JsonNode node, String field) {
    List<JsonNode> out = new ArrayList<>();
    node.path(field).forEach(out::add);
    return out;
  }
}
