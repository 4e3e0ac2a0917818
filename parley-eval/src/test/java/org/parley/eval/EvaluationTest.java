package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final ObjectMapper M = new ObjectMapper();
  private static final String TEXT = "The foreign minister of Ruritania met the president of Freedonia in the capital on Monday "
      + "and said the two countries would sign a trade pact.";

  private static JsonNode json(String s) {
    try {
      return M.readTree(s.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(s, e);
    }
  }

  private static Evaluation.Result score(String gold, String record) {
    return Evaluation.run(List.of(new GoldArticle("doc", json(gold), TEXT)), List.of(json(record)));
  }

  private static String record(String fields) {
    return "{'text':'" + TEXT + "'," + fields + "}";
  }

  @Test
  void aPersonIsFoundByTheWordsOfTheGoldNameAndChecksCountryAndSector() {
    var r = score("{'actors':[{'name':'Ivan Petrov','kind':'PERSON','country':'RUR','sector':'GOV','required':true},"
            + "{'name':'Freedonia','kind':'COUNTRY','country':'FRE','required':true},"
            + "{'name':'Devdiscourse','kind':'ORGANIZATION','forbidden':true}]}",
        record("'actors':[{'id':'a1','name':'Foreign Minister Ivan Petrov','kind':'PERSON','country':'RUR','sector':'MIL'},"
            + "{'id':'a2','name':'Devdiscourse','kind':'ORGANIZATION'}]"));
    assertThat(r.scores().get("actor_recall").doubleValue()).isEqualTo(0.5);
    assertThat(r.scores().get("actor_attr_acc").doubleValue()).isZero();
    assertThat(r.scores().get("actor_forbidden").intValue()).isEqualTo(1);
    assertThat(r.explanations().get("doc")).anyMatch(l -> l.contains("actor MISSING: Freedonia"));
  }

  @Test
  void quotesMatchOnNearlyTheSameWordsAndAnonymousSpeakersByCountry() {
    var r = score("{'quotes':[{'text':'We will sign the pact before the summer ends','kind':'direct','speaker':'an official',"
            + "'speaker_country':'RUR','required':true},{'text':'candid','kind':'partial','speaker':'Petrov','required':true}]}",
        record("'actors':[{'id':'a1','name':'one senior official','kind':'ANONYMOUS','country':'RUR'}],"
            + "'quotes':[{'text':'we will sign the pact before the summer ends,','kind':'direct','speaker':'a1'},"
            + "{'text':'something nobody said at all','kind':'direct'},{'text':'an indirect report','kind':'indirect'}]"));
    assertThat(r.scores().get("quote_p").doubleValue()).isEqualTo(0.5);
    assertThat(r.scores().get("quote_r").doubleValue()).isEqualTo(0.5);
    assertThat(r.scores().get("quote_speaker_acc").doubleValue()).isEqualTo(1.0);
  }

  @Test
  void aSpeakerWithoutKindOrCountryIsJudgedByNameAlone() {
    var r = score("{'quotes':[{'text':'We will sign the pact before the summer ends','kind':'direct','speaker':'an official',"
            + "'speaker_country':'RUR','required':true}]}",
        record("'actors':[{'id':'p1','name':'Petrov'}],"
            + "'quotes':[{'text':'We will sign the pact before the summer ends','kind':'direct','speaker':'p1'}]"));
    assertThat(r.scores().get("quote_speaker_acc").doubleValue()).isZero();
    assertThat(r.scores().get("quote_f1").doubleValue()).isEqualTo(1.0);
  }

  @Test
  void strictEventsNeedDateAndModalityWhileLenientOnesNeedCodesOnly() {
    String gold = "{'events':[{'note':'meeting','cameo_root':'04','source':'RURGOV','target':'FRE*','date':'2024-03-11',"
        + "'modality':'asserted','required':true},{'note':'pact','cameo_root':['03','05'],'required':false}]}";
    var r = score(gold, record("'events':["
        + "{'cameo':'040','source_code':'FREGOV','target_code':'RURGOV','date':'2024-03','modality':'asserted'},"
        + "{'cameo':'057','source_code':'RUR','target_code':'FRE','modality':'planned'},"
        + "{'cameo':'111','source_code':'RUR','target_code':'FRE','modality':'asserted'}]"));
    // the swapped 04 matches leniently (consultation has no direction); its month is too vague for strict
    assertThat(r.scores().get("event_lenient_p").doubleValue()).isEqualTo(0.5);
    assertThat(r.scores().get("event_lenient_r").doubleValue()).isEqualTo(1.0);
    assertThat(r.scores().get("event_strict_r").doubleValue()).isZero();
  }

  @Test
  void aSecondRecordOfTheSameGoldEventIsADuplicate() {
    String gold = "{'events':[{'note':'arrest','cameo_root':'17','source':'RUR*','target':'RUROPP','required':true}]}";
    var r = score(gold, record("'events':[{'cameo':'173','source_code':'RURCOP','target_code':'RUROPP'},"
        + "{'cameo':'173','source_code':'RURGOV','target_code':'RUROPP'}]"));
    assertThat(r.scores().get("event_strict_p").doubleValue()).isEqualTo(0.5);
    assertThat(r.explanations().get("doc")).anyMatch(l -> l.contains("event DUPLICATE"));
  }

  @Test
  void anArticleWithoutARecordCountsAsMissing() {
    var r = Evaluation.run(List.of(new GoldArticle("doc", json("{'actors':[]}"), TEXT)),
        List.of(json("{'text':'an entirely different story about weather'}")));
    assertThat(r.scores().get("docs_missing").intValue()).isEqualTo(1);
    assertThat(r.summary()).startsWith("summary: event_strict_f1=0.00");
  }
}
