package org.parley.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.parley.core.json.ExtractionJson;
import org.parley.core.record.Extraction;

class AssumedDatesTest {
  static Extraction record(String from) {
    return ExtractionJson.fromJson("{\"id\":\"x\",\"published\":\"2026-01-05\",\"published_from\":\"" + from + "\",\"language\":\"en\","
        + "\"text\":\"Dock workers went on strike.\",\"actors\":[],\"events\":[],\"quotes\":[],\"times\":[],\"places\":[],\"themes\":[],"
        + "\"tone\":{\"score\":0,\"positive\":0,\"negative\":0}}");
  }

  @Test
  void warnsOncePerFileWhenTheDateWasAssumed() {
    StringWriter err = new StringWriter();
    AssumedDates dates = AssumedDates.warningTo(new PrintWriter(err));
    dates.check("wire.jsonl line 1", record("assumed"));
    dates.check("wire.jsonl line 2", record("assumed"));
    dates.check("other.txt", record("assumed"));
    dates.check("dated.jsonl line 1", record("metadata"));
    assertThat(err.toString().lines()).hasSize(2);
    assertThat(err.toString()).contains("wire.jsonl: no publication date").contains("assumed 2026-01-05")
        .contains("--published YYYY-MM-DD").contains("other.txt").doesNotContain("dated.jsonl").doesNotContain("line 1");
  }

  @Test
  void aRecordWrittenBeforeTheFieldExistedReadsWithoutIt() {
    Extraction old = ExtractionJson.fromJson("{\"id\":\"x\",\"published\":\"2020-01-05\",\"language\":\"en\",\"text\":\"Talks.\","
        + "\"actors\":[],\"events\":[],\"quotes\":[],\"times\":[],\"places\":[],\"themes\":[],\"tone\":{\"score\":0,\"positive\":0,\"negative\":0}}");
    assertThat(old.publishedFrom()).isEmpty();
    assertThat(ExtractionJson.toLine(record("page"))).contains("\"published_from\":\"page\"");
  }
}
