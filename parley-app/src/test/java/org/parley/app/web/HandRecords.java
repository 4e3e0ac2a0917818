package org.parley.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.core.json.ExtractionJson;
import org.parley.core.record.Extraction;

/**
 * Extraction records built by hand, without CoreNLP, for the web pages' tests: a text, its actors,
 * and events and quotes placed by the words they cover.
 */
final class HandRecords {
  private final ObjectNode root = ExtractionJson.mapper().createObjectNode();
  private final String text;
  private int ids;

  HandRecords(String id, String title, String published, String text) {
    this.text = text;
    root.put("id", id).put("published", published).put("language", "en").put("text", text).put("outlet", "Hand Wire");
    if (!title.isEmpty()) {
      root.put("title", title);
    }
    root.putArray("actors");
    root.putArray("events");
    root.putArray("quotes");
    root.putArray("times");
    root.putArray("places");
    root.putArray("themes");
    root.putObject("tone").put("score", 0).put("positive", 0).put("negative", 0);
  }

  HandRecords url(String url) {
    root.put("url", url);
    return this;
  }

  HandRecords actor(String id, String name, String kind, String code, String words) {
    ObjectNode a = ((ArrayNode) root.get("actors")).addObject().put("id", id).put("name", name).put("kind", kind)
        .put("country", code.substring(0, 3));
    if (code.length() > 3) {
      a.put("sector", code.substring(3));
    }
    mention(a.putArray("mentions"), words);
    return this;
  }

  HandRecords event(String cameo, String plover, String source, String sourceCode, String target, String targetCode, String date,
      int quad, double goldstein, String modality, String trigger, String evidence) {
    ObjectNode e = ((ArrayNode) root.get("events")).addObject().put("id", "e" + (++ids)).put("cameo", cameo).put("plover", plover)
        .put("source", source).put("source_code", sourceCode).put("target", target).put("target_code", targetCode)
        .put("modality", modality).put("date", date).put("goldstein", goldstein).put("quad_class", quad).put("sentence", 0)
        .put("evidence", evidence).put("confidence", 0.9).put("pattern", cameo.substring(0, 2) + "." + trigger);
    int at = text.indexOf(trigger);
    e.putObject("trigger").put("start", at).put("end", at + trigger.length()).put("text", trigger);
    mention(e.putArray("mentions"), trigger);
    return this;
  }

  /** Places the last event added. */
  HandRecords at(String place, String country, double lat, double lon) {
    ArrayNode events = (ArrayNode) root.get("events");
    ((ObjectNode) events.get(events.size() - 1)).putObject("location").put("name", place).put("country", country)
        .put("lat", lat).put("lon", lon);
    return this;
  }

  HandRecords quote(String kind, String words, String speaker) {
    int at = text.indexOf(words);
    ((ArrayNode) root.get("quotes")).addObject().put("id", "q" + (++ids)).put("kind", kind).put("text", words).put("start", at)
        .put("end", at + words.length()).put("speaker", speaker).put("cue", "said");
    return this;
  }

  private void mention(ArrayNode mentions, String words) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("not in the text: " + words);
    }
    mentions.addObject().put("start", at).put("end", at + words.length()).put("text", words);
  }

  Extraction build() {
    return ExtractionJson.fromJson(root.toString());
  }
}
