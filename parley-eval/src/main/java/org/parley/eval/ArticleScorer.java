package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Scores one extraction record against one gold annotation, by the rules of docs/GOLD-FORMAT.md. */
final class ArticleScorer {
  /** Roots whose events may be coded in either direction (cooperation between two sides). */
  private static final Set<String> SYMMETRIC_ROOTS = Set.of("03", "04", "05", "06");
  private static final Set<String> COLLECTIVE_KINDS = Set.of("ANONYMOUS", "GROUP", "ORGANIZATION");

  private final JsonNode gold;
  private final JsonNode record;
  private final Tally tally;
  private final Consumer<String> log;
  private final Map<String, JsonNode> actorsById = new HashMap<>();

  ArticleScorer(JsonNode gold, JsonNode record, Tally tally, Consumer<String> log) {
    this.gold = gold;
    this.record = record;
    this.tally = tally;
    this.log = log;
    for (JsonNode a : Json.items(record, "actors")) {
      actorsById.put(Json.text(a, "id"), a);
    }
  }

  void score() {
    actors();
    quotes();
    times();
    places();
    events(false);
    events(true);
  }

  private void actors() {
    List<JsonNode> actors = Json.items(record, "actors");
    for (JsonNode ga : Json.items(gold, "actors")) {
      List<JsonNode> hit = actors.stream().filter(a -> actorMatches(ga, a)).toList();
      if (Json.flag(ga, "forbidden")) {
        if (!hit.isEmpty()) {
          tally.add("actor_forbidden");
          log.accept("  actor FORBIDDEN present: " + Json.text(ga, "name"));
        }
        continue;
      }
      if (!Json.flag(ga, "required")) {
        continue;
      }
      tally.add("actor_gold");
      if (hit.isEmpty()) {
        log.accept("  actor MISSING: " + Json.text(ga, "name"));
        continue;
      }
      tally.add("actor_found");
      JsonNode a = hit.get(0);
      boolean ok = eq(Json.text(a, "country"), Json.text(ga, "country")) && eq(Json.text(a, "sector"), Json.text(ga, "sector"));
      tally.add(ok ? "actor_attr_ok" : "actor_attr_bad");
      if (!ok) {
        log.accept("  actor attrs wrong: " + Json.text(ga, "name") + ": got " + Json.text(a, "country") + "/"
            + Json.text(a, "sector") + " want " + Json.text(ga, "country") + "/" + Json.text(ga, "sector"));
      }
    }
  }

  static boolean actorMatches(JsonNode gold, JsonNode actor) {
    List<String> names = new ArrayList<>();
    names.add(Json.textOr(gold, "name", ""));
    names.addAll(Json.list(gold, "aliases"));
    String predicted = Texts.norm(Json.textOr(actor, "name", ""));
    for (String raw : names) {
      String g = Texts.norm(raw);
      if (g.isEmpty()) {
        continue;
      }
      if (predicted.equals(g)) {
        return true;
      }
      if (!predicted.isEmpty() && "PERSON".equals(Json.text(gold, "kind"))
          && Set.of(predicted.split(" ")).containsAll(List.of(g.split(" ")))) {
        return true;
      }
    }
    return false;
  }

  private void quotes() {
    List<JsonNode> goldQuotes = Json.items(gold, "quotes");
    Set<Integer> used = new HashSet<>();
    for (JsonNode q : Json.items(record, "quotes")) {
      if ("indirect".equals(Json.text(q, "kind"))) {
        continue;
      }
      Optional<Integer> first = Optional.empty();
      for (int i = 0; i < goldQuotes.size(); i++) {
        if (quoteMatches(goldQuotes.get(i), q)) {
          first = Optional.of(i);
          break;
        }
      }
      if (first.isEmpty()) {
        tally.add("quote_fp");
        log.accept("  quote EXTRA: " + abbreviate(Json.textOr(q, "text", ""), 70));
        continue;
      }
      int i = first.get();
      if (!Json.flag(goldQuotes.get(i), "required")) {
        continue;
      }
      if (!used.add(i)) {
        tally.add("quote_fp");
        continue;
      }
      tally.add("quote_tp");
      Optional<Boolean> ok = speakerRight(goldQuotes.get(i), q);
      if (ok.isPresent()) {
        tally.add(ok.get() ? "quote_speaker_ok" : "quote_speaker_bad");
        if (!ok.get()) {
          JsonNode sp = actorsById.get(Json.text(q, "speaker"));
          log.accept("  quote speaker wrong: " + abbreviate(Json.text(goldQuotes.get(i), "text"), 40) + " got "
              + (sp == null ? null : Json.text(sp, "name")) + "/" + Json.text(q, "speaker_text")
              + " want " + Json.text(goldQuotes.get(i), "speaker"));
        }
      }
    }
    for (int i = 0; i < goldQuotes.size(); i++) {
      JsonNode gq = goldQuotes.get(i);
      if (Json.flag(gq, "required") && !"indirect".equals(Json.text(gq, "kind")) && !used.contains(i)) {
        tally.add("quote_fn");
        log.accept("  quote MISSING: " + abbreviate(Json.textOr(gq, "text", ""), 70));
      }
    }
  }

  static boolean quoteMatches(JsonNode gq, JsonNode q) {
    Set<String> a = Texts.words(Json.text(gq, "text"));
    Set<String> b = Texts.words(Json.text(q, "text"));
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (Texts.norm(Json.text(gq, "text")).equals(Texts.norm(Json.text(q, "text")))) {
      return true;
    }
    return a.size() > 2 && Texts.jaccard(a, b) >= 0.8;
  }

  /** Empty when the gold names no speaker to check. */
  private Optional<Boolean> speakerRight(JsonNode gq, JsonNode quote) {
    List<String> speakers = new ArrayList<>();
    Optional.ofNullable(Json.text(gq, "speaker")).filter(s -> !s.isEmpty()).ifPresent(speakers::add);
    Json.list(gq, "alt_speakers").stream().filter(s -> !s.isEmpty()).forEach(speakers::add);
    if (speakers.isEmpty()) {
      return Optional.empty();
    }
    JsonNode sp = actorsById.get(Json.text(quote, "speaker"));
    List<String> candidates = new ArrayList<>();
    if (sp != null) {
      candidates.addAll(actorNames(sp));
    }
    if (Json.text(quote, "speaker_text") != null && !Json.text(quote, "speaker_text").isEmpty()) {
      candidates.add(Texts.norm(Json.text(quote, "speaker_text")));
    }
    for (String s : speakers) {
      String ns = Texts.norm(s);
      for (String c : candidates) {
        if (c.isEmpty()) {
          continue;
        }
        if (ns.equals(c) || (ns.length() > 3 && (c.contains(ns) || ns.contains(c)))
            || wordSet(c).containsAll(wordSet(ns))) {
          return Optional.of(true);
        }
      }
    }
    String wantCountry = Json.text(gq, "speaker_country");
    String kind = sp == null ? null : Json.text(sp, "kind");
    if (kind != null && wantCountry != null && !wantCountry.isEmpty() && COLLECTIVE_KINDS.contains(kind)) {
      return Optional.of(wantCountry.equals(Json.text(sp, "country")));
    }
    return Optional.of(false);
  }

  private static Set<String> wordSet(String normalised) {
    return normalised.isEmpty() ? Set.of() : Set.of(normalised.split(" "));
  }

  private static List<String> actorNames(JsonNode actor) {
    List<String> names = new ArrayList<>();
    names.add(Json.textOr(actor, "name", ""));
    Json.items(actor, "mentions").forEach(m -> names.add(Json.textOr(m, "text", "")));
    return names.stream().filter(n -> !n.isEmpty()).map(Texts::norm).toList();
  }

  private void times() {
    for (JsonNode gt : Json.items(gold, "times")) {
      if (!Json.flag(gt, "required")) {
        continue;
      }
      tally.add("time_gold");
      String want = Texts.norm(Json.text(gt, "text"));
      List<JsonNode> containing = Json.items(record, "times").stream()
          .filter(x -> Texts.norm(Json.textOr(x, "text", "")).contains(want)).toList();
      if (containing.stream().anyMatch(x -> eq(Json.text(x, "value"), Json.text(gt, "value")))) {
        tally.add("time_ok");
      } else {
        log.accept("  time wrong/missing: '" + Json.text(gt, "text") + "'" + " want " + Json.text(gt, "value") + " got "
            + containing.stream().map(x -> Json.text(x, "value")).toList());
      }
    }
  }

  private void places() {
    for (JsonNode gp : Json.items(gold, "places")) {
      if (!Json.flag(gp, "required")) {
        continue;
      }
      tally.add("place_gold");
      boolean hit = Json.items(record, "places").stream()
          .anyMatch(p -> Texts.norm(Json.text(p, "name")).equals(Texts.norm(Json.text(gp, "name")))
              && eq(Json.text(p, "country"), Json.text(gp, "country")));
      if (hit) {
        tally.add("place_ok");
      } else {
        log.accept("  place missing: " + Json.text(gp, "name") + " (" + Json.text(gp, "country") + ")");
      }
    }
  }

  private void events(boolean strict) {
    String mode = strict ? "strict" : "lenient";
    List<JsonNode> goldEvents = Json.items(gold, "events");
    List<JsonNode> predicted = Json.items(record, "events");
    List<List<Integer>> edges = new ArrayList<>();
    for (JsonNode e : predicted) {
      List<Integer> candidates = new ArrayList<>();
      for (int i = 0; i < goldEvents.size(); i++) {
        if (Json.flag(goldEvents.get(i), "required") && eventMatches(goldEvents.get(i), e, strict)) {
          candidates.add(i);
        }
      }
      edges.add(candidates);
    }
    Matching matching = Matching.of(edges);
    tally.add("event_" + mode + "_tp", matching.size());
    for (int p = 0; p < predicted.size(); p++) {
      if (matching.predictionPaired(p)) {
        continue;
      }
      JsonNode e = predicted.get(p);
      boolean optional = goldEvents.stream().anyMatch(ge -> !Json.flag(ge, "required") && eventMatches(ge, e, strict));
      if (optional) {
        continue;
      }
      tally.add("event_" + mode + "_fp");
      if (strict) {
        log.accept(String.format(Locale.ROOT, "  event %s: %s %s->%s %s %s %s", edges.get(p).isEmpty() ? "EXTRA" : "DUPLICATE",
            Json.text(e, "cameo"), Json.text(e, "source_code"), Json.text(e, "target_code"), Json.text(e, "date"),
            Json.text(e, "modality"), abbreviate(Json.textOr(e, "evidence", ""), 60)));
      }
    }
    for (int i = 0; i < goldEvents.size(); i++) {
      if (Json.flag(goldEvents.get(i), "required") && !matching.goldPaired(i)) {
        tally.add("event_" + mode + "_fn");
        if (strict) {
          log.accept("  event MISSING: " + Json.text(goldEvents.get(i), "note"));
        }
      }
    }
  }

  static boolean eventMatches(JsonNode ge, JsonNode e, boolean strict) {
    String cameo = Json.textOr(e, "cameo", "");
    List<String> roots = Json.list(ge, "cameo_root");
    if (!roots.isEmpty() && roots.stream().noneMatch(cameo::startsWith)) {
      return false;
    }
    String fullCode = Json.text(ge, "cameo");
    if (fullCode != null && !fullCode.isEmpty() && strict && !cameo.startsWith(fullCode)) {
      return false;
    }
    String s = Json.text(e, "source_code");
    String t = Json.text(e, "target_code");
    boolean direct = codeMatches(Json.text(ge, "source"), s) && codeMatches(Json.text(ge, "target"), t);
    boolean swapped = codeMatches(Json.text(ge, "source"), t) && codeMatches(Json.text(ge, "target"), s);
    String root = cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    if (!direct && !(swapped && SYMMETRIC_ROOTS.contains(root))) {
      return false;
    }
    if (strict) {
      List<String> dates = Json.list(ge, "date");
      String d = Json.textOr(e, "date", "");
      if (!dates.isEmpty() && dates.stream().noneMatch(g -> d.equals(g) || d.startsWith(g))) {
        return false;
      }
      List<String> modalities = Json.list(ge, "modality");
      if (!modalities.isEmpty() && !modalities.contains(Json.text(e, "modality"))) {
        return false;
      }
    }
    return true;
  }

  /** A gold actor code ({@code USAGOV}, or {@code CHN*} for any Chinese actor) against a record's. */
  static boolean codeMatches(String goldCode, String predicted) {
    if (goldCode == null) {
      return true;
    }
    String p = predicted == null ? "" : predicted.toUpperCase(Locale.ROOT);
    String g = goldCode.toUpperCase(Locale.ROOT);
    return g.endsWith("*") ? p.startsWith(g.substring(0, g.length() - 1)) : p.startsWith(g);
  }

  private static boolean eq(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private static String abbreviate(String s, int max) {
    String v = s == null ? "" : s;
    return "'" + (v.length() > max ? v.substring(0, max) : v) + "'";
  }
}
