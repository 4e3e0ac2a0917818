package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.json.ExtractionJson;

class ExtractCommandIT {
  @Test
  void extractsGoodArticlesAndReportsBadOnesByName(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-good.txt"),
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday.");
    Files.write(dir.resolve("b-bad.txt"), new byte[] {'H', 'i', (byte) 0xFF});
    Files.writeString(dir.resolve("c-spanish.txt"),
        "El presidente de Kenia se reunió el lunes con el presidente de Uganda en Nairobi para hablar del comercio.");
    Files.writeString(dir.resolve("d.jsonl"), "{\"text\":\"Chad closed its border with Sudan.\",\"published\":\"2023-04-20\"}\n{oops\n",
        StandardCharsets.UTF_8);
    var out = new StringWriter();
    var err = new StringWriter();
    var cmd = ParleyCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int status = cmd.execute("extract", "--published", "2023-04-24", "--threads", "2", dir.toString());
    assertThat(status).isEqualTo(2);
    var lines = out.toString().lines().toList();
    assertThat(lines).hasSize(3);
    var first = ExtractionJson.mapper().readTree(lines.get(0));
    assertThat(first.get("published").asText()).isEqualTo("2023-04-24");
    assertThat(first.get("actors").toString()).contains("William Ruto").contains("KEN");
    var spanish = ExtractionJson.mapper().readTree(lines.get(1));
    assertThat(spanish.get("language").asText()).isEqualTo("es");
    assertThat(spanish.get("not_analysed").asText()).contains("written in es");
    assertThat(spanish.get("events")).isEmpty();
    assertThat(ExtractionJson.mapper().readTree(lines.get(2)).get("published").asText()).isEqualTo("2023-04-20");
    assertThat(err.toString())
        .contains("b-bad.txt: not valid UTF-8")
        .contains("not analysed")
        .contains("c-spanish.txt: written in es")
        .contains("d.jsonl line 2: malformed JSON");
  }

  @Test
  void helpDescribesEveryCommand() {
    var out = new StringWriter();
    var cmd = ParleyCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    assertThat(cmd.execute("extract", "--help")).isZero();
    assertThat(out.toString()).contains("--published").contains("--dictionary").contains("JSON Lines");
  }
}
