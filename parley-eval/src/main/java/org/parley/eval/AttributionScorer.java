package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Quotes and speakers against an attribution corpus ({@link AttributionSet}), in two views: direct
 * (relations whose content holds a double quotation mark, against quotes of kind direct or
 * partial) and all (every relation, every quote). A quote matches a relation when their spans
 * overlap by at least half of the shorter, one to one, best overlap first. A matched speaker is
 * right when one of the speaker's mentions overlaps the relation's source, or, for a source that is
 * not a pronoun, when their last words agree.
 */
public final class AttributionScorer {
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "his", "their");
  private static final String QUOTE_MARKS = "\"\u201c\u201d";

  /** The two views' counts and rates, and one summary line. */
  public record Result(Map<String, Number> scores, String summary) {}

  private static final class View {
    int tp;
    int fp;
    int fn;
    int speakers;
    int speakersRight;
    int named;
    int namedRight;
  }

  private AttributionScorer() {}

  public static Result score(List<AttributionSet.Article> articles, List<JsonNode> records) {
    Map<String, JsonNode> byId = new HashMap<>();
    records.forEach(r -> byId.put(Json.textOr(r, "id", ""), r));
    View direct = new View();
    View all = new View();
    int missing = 0;
    for (AttributionSet.Article a : articles) {
      JsonNode record = byId.get(a.id());
      if (record == null) {
        missing++;
      }
      score(a, record, direct, true);
      score(a, record, all, false);
    }
    Map<String, Number> scores = new LinkedHashMap<>();
    put(scores, "direct", direct);
    put(scores, "all", all);
    scores.put("articles", articles.size());
    scores.put("articles_missing", missing);
    String summary = String.format(Locale.ROOT, "summary: direct_quote_f1=%.2f direct_speaker_acc=%.2f all_quote_f1=%.2f "
        + "all_speaker_acc=%.2f", scores.get("direct_quote_f1"), scores.get("direct_speaker_acc"),
        scores.get("all_quote_f1"), scores.get("all_speaker_acc"));
    return new Result(scores, summary);
  }

  private static void put(Map<String, Number> scores, String view, View v) {
    double p = v.tp + v.fp == 0 ? 0 : v.tp / (double) (v.tp + v.fp);
    double r = v.tp + v.fn == 0 ? 0 : v.tp / (double) (v.tp + v.fn);
    scores.put(view + "_quote_p", p);
    scores.put(view + "_quote_r", r);
    scores.put(view + "_quote_f1", p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    scores.put(view + "_speaker_acc", v.speakers == 0 ? 0.0 : v.speakersRight / (double) v.speakers);
    scores.put(view + "_named_speaker_acc", v.named == 0 ? 0.0 : v.namedRight / (double) v.named);
    scores.put(view + "_tp", v.tp);
    scores.put(view + "_fp", v.fp);
    scores.put(view + "_fn", v.fn);
  }

  private record Predicted(JsonNode quote, int[] span) {}

  private record Pair(double overlap, int predicted, int gold) {}

  private static void score(AttributionSet.Article article, JsonNode record, View view, boolean directOnly) {
    List<AttributionSet.Relation> gold = article.relations().stream()
        .filter(g -> !directOnly || g.content().chars().anyMatch(c -> QUOTE_MARKS.indexOf(c) >= 0)).toList();
    List<Predicted> predicted = new ArrayList<>();
    Map<String, JsonNode> actors = new HashMap<>();
    OffsetAlignment align = null;
    if (record != null) {
      align = new OffsetAlignment(Json.textOr(record, "text", ""), article.text());
      record.path("actors").forEach(x -> actors.put(Json.textOr(x, "id", ""), x));
      for (JsonNode q : record.path("quotes")) {
        String kind = Json.textOr(q, "kind", "");
        int[] span = align.span(q.path("start").asInt(), q.path("end").asInt());
        if (span != null && (!directOnly || kind.equals("direct") || kind.equals("partial"))) {
          predicted.add(new Predicted(q, span));
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      for (int j = 0; j < gold.size(); j++) {
        double ov = overlap(predicted.get(i).span(), new int[] {gold.get(j).start(), gold.get(j).end()});
        if (ov >= 0.5) {
          pairs.add(new Pair(ov, i, j));
        }
      }
    }
    pairs.sort((x, y) -> x.overlap() != y.overlap() ? Double.compare(y.overlap(), x.overlap())
        : x.predicted() != y.predicted() ? Integer.compare(y.predicted(), x.predicted()) : Integer.compare(y.gold(), x.gold()));
    Set<Integer> usedPredicted = new HashSet<>();
    Set<Integer> usedGold = new HashSet<>();
    for (Pair pair : pairs) {
      if (usedPredicted.contains(pair.predicted()) || usedGold.contains(pair.gold())) {
        continue;
      }
      usedPredicted.add(pair.predicted());
      usedGold.add(pair.gold());
      AttributionSet.Relation g = gold.get(pair.gold());
      if (g.sourceText().isEmpty()) {
        continue;
      }
      JsonNode quote = predicted.get(pair.predicted()).quote();
      boolean right = speakerRight(g, quote, actors.get(Json.textOr(quote, "speaker", "")), align);
      boolean pronoun = PRONOUNS.contains(g.sourceText().get().toLowerCase(Locale.ROOT));
      view.speakers++;
      view.speakersRight += right ? 1 : 0;
      if (!pronoun) {
        view.named++;
        view.namedRight += right ? 1 : 0;
      }
    }
    view.tp += usedGold.size();
    view.fn += gold.size() - usedGold.size();
    view.fp += predicted.size() - usedPredicted.size();
  }

  private static boolean speakerRight(AttributionSet.Relation g, JsonNode quote, JsonNode actor, OffsetAlignment align) {
    List<String> names = new ArrayList<>();
    if (actor != null) {
      names.add(Json.text(actor, "name"));
      for (JsonNode m : actor.path("mentions")) {
        int[] span = align.span(m.path("start").asInt(), m.path("end").asInt());
        if (span != null && g.source().stream().anyMatch(src -> overlap(span, src) > 0)) {
          return true;
        }
        names.add(Json.text(m, "text"));
      }
    }
    names.add(Json.text(quote, "speaker_text"));
    String source = g.sourceText().orElse("");
    if (PRONOUNS.contains(source.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String want = lastWord(source);
    return !want.isEmpty() && names.stream().anyMatch(n -> n != null && lastWord(n).equals(want));
  }

  private static double overlap(int[] x, int[] y) {
    int inter = Math.min(x[1], y[1]) - Math.max(x[0], y[0]);
    return inter > 0 ? inter / (double) Math.max(1, Math.min(x[1] - x[0], y[1] - y[0])) : 0.0;
  }

  private static String lastWord(String s) {
    String[] words = s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    for (int i = words.length - 1; i >= 0; i--) {
      if (!words[i].isEmpty()) {
        return words[i];
      }
    }
    return "";
  }
}
