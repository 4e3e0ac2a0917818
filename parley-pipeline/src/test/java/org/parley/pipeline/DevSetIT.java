package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.core.json.ExtractionJson;
import org.parley.core.record.Actor;
import org.parley.core.record.Event;
import org.parley.core.record.Extraction;
import org.parley.eval.Evaluation;
import org.parley.eval.GoldArticle;
import org.parley.eval.GoldSet;

/**
 * Guards the development set's scores against regressions, measured by Parley's own evaluator (which
 * agrees with shared/tools/score.py), and checks that every coded event carries its evidence.
 * Skipped where the checkout has no ../shared.
 */
class DevSetIT {
  @Test
  void scoresStayAboveTheirTargetsAndEveryEventShowsItsEvidence() {
    var shared = SharedPipeline.shared();
    assumeTrue(shared.isPresent(), "no ../shared development set here");
    List<GoldArticle> gold = GoldSet.load(shared.get().resolve("gold"));
    List<JsonNode> records = new ArrayList<>();
    for (GoldArticle article : gold) {
      Extraction e = SharedPipeline.extract(article.text(), LocalDate.parse(article.gold().get("published").asText()));
      e.events().forEach(event -> assertCarriesEvidence(e, event));
      records.add(ExtractionJson.mapper().valueToTree(e));
    }
    var result = Evaluation.run(gold, records);
    var why = result.explanations().toString();
    var s = result.scores();
    assertThat(s.get("docs_missing").intValue()).isZero();
    assertThat(s.get("actor_recall").doubleValue()).as(why).isGreaterThanOrEqualTo(0.9);
    assertThat(s.get("actor_attr_acc").doubleValue()).as(why).isGreaterThanOrEqualTo(0.9);
    assertThat(s.get("actor_forbidden").intValue()).as(why).isZero();
    assertThat(s.get("time_acc").doubleValue()).as(why).isGreaterThanOrEqualTo(0.9);
    assertThat(s.get("place_recall").doubleValue()).as(why).isGreaterThanOrEqualTo(0.9);
    assertThat(s.get("event_lenient_f1").doubleValue()).as(why).isGreaterThanOrEqualTo(0.85);
    assertThat(s.get("event_strict_f1").doubleValue()).as(why).isGreaterThanOrEqualTo(0.75);
  }

  private static void assertCarriesEvidence(Extraction e, Event event) {
    String text = e.text();
    assertThat(text.substring(event.trigger().start(), event.trigger().end())).isEqualTo(event.trigger().text());
    assertThat(event.evidence()).contains(event.trigger().text());
    assertThat(text).contains(event.evidence());
    assertThat(event.pattern()).isNotBlank();
    assertThat(event.mentions()).contains(event.trigger());
    assertThat(event.plover()).isNotBlank();
    assertThat(event.quadClass()).isBetween(1, 4);
    Set<String> ids = e.actors().stream().map(Actor::id).collect(Collectors.toSet());
    assertThat(event.source()).isPresent();
    assertThat(ids).contains(event.source().get());
    event.target().ifPresent(t -> assertThat(ids).contains(t));
    assertThat(event.sourceCode()).isEqualTo(e.actors().stream()
        .filter(a -> a.id().equals(event.source().get())).findFirst().orElseThrow().code());
  }
}
