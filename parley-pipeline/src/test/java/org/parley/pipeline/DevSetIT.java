package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.core.json.ExtractionJson;
import org.parley.core.record.Actor;
import org.parley.core.record.Extraction;

/**
 * Guards the development set's actor, time and place scores against regressions, with the matching
 * rules of shared/tools/score.py. Skipped where the checkout has no ../shared.
 */
class DevSetIT {
  @Test
  void actorsTimesAndPlacesStayAboveTheirTargets() throws Exception {
    var shared = SharedPipeline.shared();
    assumeTrue(shared.isPresent(), "no ../shared development set here");
    int actorGold = 0, actorFound = 0, attrOk = 0, timeGold = 0, timeOk = 0, placeGold = 0, placeOk = 0;
    List<String> misses = new ArrayList<>();
    List<Path> golds;
    try (Stream<Path> s = Files.list(shared.get().resolve("gold"))) {
      golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
    }
    for (Path g : golds) {
      JsonNode gold = ExtractionJson.mapper().readTree(g.toFile());
      String text = Files.readString(shared.get().resolve(gold.get("file").asText()));
      Extraction e = SharedPipeline.extract(text, LocalDate.parse(gold.get("published").asText()));
      for (JsonNode ga : gold.get("actors")) {
        var hit = e.actors().stream().filter(a -> actorMatches(ga, a)).findFirst();
        if (ga.path("forbidden").asBoolean()) {
          assertThat(hit).as("forbidden actor " + ga.get("name")).isEmpty();
          continue;
        }
        if (!ga.path("required").asBoolean()) {
          continue;
        }
        actorGold++;
        if (hit.isPresent()) {
          actorFound++;
          boolean ok = hit.get().country().orElse("null").equals(ga.path("country").asText("null"))
              && hit.get().sector().orElse("null").equals(ga.path("sector").asText("null"));
          attrOk += ok ? 1 : 0;
          if (!ok) {
            misses.add("attrs " + ga.get("name"));
          }
        } else {
          misses.add("actor " + ga.get("name"));
        }
      }
      for (JsonNode gt : gold.get("times")) {
        if (gt.path("required").asBoolean()) {
          timeGold++;
          boolean ok = e.times().stream().anyMatch(t -> norm(t.text()).contains(norm(gt.get("text").asText()))
              && t.value().iso().equals(gt.get("value").asText()));
          timeOk += ok ? 1 : 0;
        }
      }
      for (JsonNode gp : gold.get("places")) {
        if (gp.path("required").asBoolean()) {
          placeGold++;
          boolean ok = e.places().stream().anyMatch(p -> norm(p.name()).equals(norm(gp.get("name").asText()))
              && p.country().orElse("null").equals(gp.path("country").asText("null")));
          placeOk += ok ? 1 : 0;
        }
      }
    }
    assertThat((double) actorFound / actorGold).as("actor recall; misses " + misses).isGreaterThanOrEqualTo(0.9);
    assertThat((double) attrOk / actorFound).as("actor attributes; misses " + misses).isGreaterThanOrEqualTo(0.9);
    assertThat((double) timeOk / timeGold).as("time accuracy").isGreaterThanOrEqualTo(0.9);
    assertThat((double) placeOk / placeGold).as("place recall").isGreaterThanOrEqualTo(0.9);
  }

  private static boolean actorMatches(JsonNode gold, Actor actor) {
    List<String> names = new ArrayList<>();
    names.add(gold.get("name").asText());
    gold.path("aliases").forEach(a -> names.add(a.asText()));
    String p = norm(actor.name());
    for (String n : names) {
      String g = norm(n);
      if (g.equals(p)) {
        return true;
      }
      if (gold.path("kind").asText().equals("PERSON") && List.of(p.split(" ")).containsAll(List.of(g.split(" ")))) {
        return true;
      }
    }
    return false;
  }

  private static String norm(String s) {
    return String.join(" ", s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z0-9' ]+", " ").trim().split("\\s+"));
  }
}
