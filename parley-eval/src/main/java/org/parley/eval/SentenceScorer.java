package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores extraction records on an event-coding gold set the way the sets' public scorers do
 * (shared/tools/score_petrarch_gsr.py and score_plover_gsr.py), and breaks the figures down by
 * CAMEO root or PLOVER type so that one can see where the coder is weak.
 */
public final class SentenceScorer {
  /**
   * Every figure, the per-class table, precision by the events' confidence, and a line per
   * sentence whose events were not all found.
   */
  public record Result(Map<String, Number> scores, List<String> table, List<String> bands, List<String> misses) {
    public String summary() {
      StringBuilder out = new StringBuilder("summary:");
      scores.forEach((k, v) -> {
        if (k.endsWith("_f1")) {
          out.append(String.format(Locale.ROOT, " %s=%.2f", k, v.doubleValue()));
        }
      });
      return out.toString();
    }
  }

  private SentenceScorer() {}

  public static Result score(SentenceSets.Kind kind, List<CodedSentence> gold, List<JsonNode> records) {
    Map<String, JsonNode> byId = new HashMap<>();
    Map<String, JsonNode> byText = new HashMap<>();
    for (JsonNode r : records) {
      Optional.ofNullable(Json.text(r, "id")).ifPresent(id -> byId.put(id, r));
      byText.put(Texts.squeeze(Json.textOr(r, "text", "")), r);
    }
    Function<CodedSentence, Optional<JsonNode>> pair = s -> Optional.ofNullable(byId.get(s.id()))
        .or(() -> Optional.ofNullable(byText.get(Texts.squeeze(s.text()))));
    return kind == SentenceSets.Kind.PETRARCH ? petrarch(gold, pair) : plover(gold, pair);
  }

  private static Result petrarch(List<CodedSentence> gold, Function<CodedSentence, Optional<JsonNode>> pair) {
    Map<String, int[]> totals = new LinkedHashMap<>();
    for (String how : List.of("root", "code", "actor")) {
      totals.put(how, new int[3]);
    }
    Map<String, int[]> byRoot = new TreeMap<>();
    Map<Integer, int[]> byBand = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    int missing = 0;
    for (CodedSentence s : gold) {
      if (!s.evaluated()) {
        continue;
      }
      Optional<JsonNode> record = pair.apply(s);
      if (record.isEmpty()) {
        missing++;
      }
      List<CodedSentence.GoldTriple> predicted = new ArrayList<>();
      List<JsonNode> events = record.map(r -> Json.items(r, "events")).orElse(List.of());
      for (JsonNode e : events) {
        predicted.add(new CodedSentence.GoldTriple(Json.textOr(e, "source_code", ""), Json.textOr(e, "target_code", ""),
            Json.textOr(e, "cameo", "")));
      }
      List<List<String>> rootsLeft = new ArrayList<>(s.gold().stream().map(t -> petrarchKey(t, "root")).toList());
      for (int i = 0; i < events.size(); i++) {
        band(byBand, events.get(i), rootsLeft.remove(petrarchKey(predicted.get(i), "root")));
      }
      for (var entry : totals.entrySet()) {
        List<List<String>> g = s.gold().stream().map(t -> petrarchKey(t, entry.getKey())).toList();
        List<List<String>> p = predicted.stream().map(t -> petrarchKey(t, entry.getKey())).toList();
        int[] counts = entry.getValue();
        List<List<String>> left = new ArrayList<>(g);
        int tp = 0;
        for (List<String> x : p) {
          if (left.remove(x)) {
            tp++;
          }
        }
        counts[0] += tp;
        counts[1] += p.size() - tp;
        counts[2] += left.size();
        if (entry.getKey().equals("root")) {
          tallyRoots(byRoot, g, p);
          if (!left.isEmpty() || tp < p.size()) {
            misses.add("# " + s.id() + ": gold " + g + " got " + p + "\n  " + abbreviate(s.text()));
          }
        }
      }
    }
    Map<String, Number> scores = new LinkedHashMap<>();
    totals.forEach((how, c) -> put(scores, how, c));
    scores.put("sentences_missing", missing);
    return new Result(scores, table("CAMEO root", byRoot), bands(byBand), misses);
  }

  private static void tallyRoots(Map<String, int[]> byRoot, List<List<String>> gold, List<List<String>> predicted) {
    List<List<String>> left = new ArrayList<>(gold);
    for (List<String> p : predicted) {
      boolean hit = left.remove(p);
      byRoot.computeIfAbsent(p.get(2), k -> new int[3])[hit ? 0 : 1]++;
    }
    for (List<String> g : left) {
      byRoot.computeIfAbsent(g.get(2), k -> new int[3])[2]++;
    }
  }

  private static List<String> petrarchKey(CodedSentence.GoldTriple t, String how) {
    String source = t.source();
    String target = t.target();
    String code = t.event();
    return switch (how) {
      case "root" -> List.of(first(source, 3), first(target, 3), first(code, 2));
      case "code" -> List.of(first(source, 3), first(target, 3), code);
      default -> List.of(source, target, first(code, 2));
    };
  }

  private static Result plover(List<CodedSentence> gold, Function<CodedSentence, Optional<JsonNode>> pair) {
    int[] type = new int[3];
    int[] triple = new int[3];
    int[] type2016 = new int[3];
    int[] triple2016 = new int[3];
    Map<String, int[]> byType = new TreeMap<>();
    Map<Integer, int[]> byBand = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    int missing = 0;
    for (CodedSentence s : gold) {
      Optional<JsonNode> record = pair.apply(s);
      if (record.isEmpty()) {
        missing++;
      }
      List<JsonNode> events = record.map(r -> Json.items(r, "events")).orElse(List.of());
      String goldType = s.gold().get(0).event();
      Set<List<String>> goldTriples = new HashSet<>();
      s.gold().forEach(g -> goldTriples.add(List.of(g.source(), g.target(), g.event())));
      for (boolean crosswalk : new boolean[] {false, true}) {
        Set<String> types = new HashSet<>();
        Set<List<String>> predicted = new HashSet<>();
        for (JsonNode e : events) {
          String plover = Json.textOr(e, "plover", "");
          String t = crosswalk ? EventCodes.plover2016(Json.textOr(e, "cameo", ""), plover) : plover;
          if (!t.isEmpty()) {
            types.add(t);
          }
          predicted.add(List.of(EventCodes.country(Json.textOr(e, "source_code", "")),
              EventCodes.country(Json.textOr(e, "target_code", "")), t));
        }
        int[] ty = crosswalk ? type2016 : type;
        int[] tr = crosswalk ? triple2016 : triple;
        boolean hit = types.contains(goldType);
        ty[hit ? 0 : 2]++;
        types.remove(goldType);
        ty[1] += types.size();
        Set<List<String>> found = new HashSet<>(goldTriples);
        found.retainAll(predicted);
        tr[0] += found.size();
        tr[1] += predicted.size() - found.size();
        tr[2] += goldTriples.size() - found.size();
        if (crosswalk) {
          byType.computeIfAbsent(goldType, k -> new int[3])[hit ? 0 : 2]++;
          types.forEach(t -> byType.computeIfAbsent(t, k -> new int[3])[1]++);
          for (JsonNode e : events) {
            band(byBand, e, EventCodes.plover2016(Json.textOr(e, "cameo", ""), Json.textOr(e, "plover", "")).equals(goldType));
          }
          if (!hit) {
            misses.add("# " + s.id() + ": gold " + goldTriples + " got " + predicted + "\n  " + abbreviate(s.text()));
          }
        }
      }
    }
    Map<String, Number> scores = new LinkedHashMap<>();
    put(scores, "type", type);
    put(scores, "triple", triple);
    put(scores, "type_plover2016", type2016);
    put(scores, "triple_plover2016", triple2016);
    scores.put("sentences_missing", missing);
    return new Result(scores, table("PLOVER type (2016 names)", byType), bands(byBand), misses);
  }

  /** Counts an event as right or wrong in its confidence band (tenths). */
  private static void band(Map<Integer, int[]> bands, JsonNode event, boolean right) {
    int tenth = (int) Math.min(9, Math.floor(event.path("confidence").asDouble(0) * 10));
    bands.computeIfAbsent(tenth, k -> new int[2])[right ? 0 : 1]++;
  }

  private static List<String> bands(Map<Integer, int[]> bands) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "%-26s %9s %6s %6s", "confidence", "precision", "right", "wrong"));
    bands.forEach((tenth, c) -> out.add(String.format(Locale.ROOT, "%-26s %9.2f %6d %6d",
        String.format(Locale.ROOT, "%.1f-%.1f", tenth / 10.0, (tenth + 1) / 10.0),
        (double) c[0] / (c[0] + c[1]), c[0], c[1])));
    return out;
  }

  private static void put(Map<String, Number> scores, String name, int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    scores.put(name + "_precision", p);
    scores.put(name + "_recall", r);
    scores.put(name + "_f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    scores.put(name + "_tp", c[0]);
    scores.put(name + "_fp", c[1]);
    scores.put(name + "_fn", c[2]);
  }

  private static List<String> table(String heading, Map<String, int[]> rows) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "%-26s %9s %9s %5s %5s %5s", heading, "precision", "recall", "tp", "fp", "fn"));
    rows.forEach((k, c) -> out.add(String.format(Locale.ROOT, "%-26s %9s %9s %5d %5d %5d", k.isEmpty() ? "(none)" : k,
        c[0] + c[1] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) c[0] / (c[0] + c[1])),
        c[0] + c[2] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) c[0] / (c[0] + c[2])), c[0], c[1], c[2])));
    return out;
  }

  private static String first(String s, int n) {
    return s.length() > n ? s.substring(0, n) : s;
  }

  private static String abbreviate(String text) {
    return text.length() > 150 ? text.substring(0, 150) : text;
  }
}
