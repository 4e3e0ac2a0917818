package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores extraction records against a gold set: pairs each gold article with the record whose text
 * shares the most words with it (at least 60 %), scores each pair and sums the counts.
 */
public final class Evaluation {
  private static final double PAIRING_THRESHOLD = 0.6;

  private Evaluation() {}

  /** The scores, and per article the lines that explain every miss. */
  public record Result(Map<String, Number> scores, Map<String, List<String>> explanations) {
    public String summary() {
      StringBuilder out = new StringBuilder("summary:");
      for (String key : List.of("event_strict_f1", "event_lenient_f1", "quote_f1", "quote_speaker_acc",
          "actor_recall", "actor_attr_acc", "time_acc", "place_recall")) {
        out.append(String.format(java.util.Locale.ROOT, " %s=%.2f", key, scores.get(key).doubleValue()));
      }
      return out.toString();
    }
  }

  public static Result run(List<GoldArticle> gold, List<JsonNode> records) {
    Tally tally = new Tally();
    Map<String, List<String>> explanations = new LinkedHashMap<>();
    for (GoldArticle article : gold) {
      List<String> lines = new ArrayList<>();
      Optional<JsonNode> record = pair(article.text(), records);
      if (record.isEmpty()) {
        tally.add("doc_missing");
        lines.add("  no record found for this article");
      }
      new ArticleScorer(article.gold(), record.orElseGet(() -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()),
          tally, lines::add).score();
      explanations.put(article.name(), lines);
    }
    return new Result(scores(gold.size(), tally), explanations);
  }

  static Optional<JsonNode> pair(String goldText, List<JsonNode> records) {
    var goldWords = Texts.words(goldText);
    JsonNode best = null;
    double bestScore = 0;
    for (JsonNode r : records) {
      var words = Texts.words(Json.textOr(r, "text", ""));
      if (words.isEmpty()) {
        continue;
      }
      double score = Texts.jaccard(goldWords, words);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return bestScore >= PAIRING_THRESHOLD ? Optional.of(best) : Optional.empty();
  }

  private static Map<String, Number> scores(int docs, Tally t) {
    Map<String, Number> out = new LinkedHashMap<>();
    out.put("docs", docs);
    out.put("docs_missing", t.get("doc_missing"));
    out.put("actor_recall", ratio(t.get("actor_found"), t.get("actor_gold")));
    out.put("actor_attr_acc", ratio(t.get("actor_attr_ok"), t.get("actor_found")));
    out.put("actor_forbidden", t.get("actor_forbidden"));
    double[] q = prf(t.get("quote_tp"), t.get("quote_fp"), t.get("quote_fn"));
    out.put("quote_p", q[0]);
    out.put("quote_r", q[1]);
    out.put("quote_f1", q[2]);
    out.put("quote_speaker_acc", ratio(t.get("quote_speaker_ok"), t.get("quote_speaker_ok") + t.get("quote_speaker_bad")));
    out.put("time_acc", ratio(t.get("time_ok"), t.get("time_gold")));
    out.put("place_recall", ratio(t.get("place_ok"), t.get("place_gold")));
    for (String mode : List.of("lenient", "strict")) {
      double[] e = prf(t.get("event_" + mode + "_tp"), t.get("event_" + mode + "_fp"), t.get("event_" + mode + "_fn"));
      out.put("event_" + mode + "_p", e[0]);
      out.put("event_" + mode + "_r", e[1]);
      out.put("event_" + mode + "_f1", e[2]);
    }
    return out;
  }

  private static double ratio(int part, int whole) {
    return (double) part / Math.max(1, whole);
  }

  private static double[] prf(int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }
}
