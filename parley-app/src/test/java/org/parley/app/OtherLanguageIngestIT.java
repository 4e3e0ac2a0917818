package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.web.ApiServer;
import org.parley.store.Stores;

/** A page in another language goes through `parley ingest` into the store with its language, and the UI says it was not analysed. */
class OtherLanguageIngestIT {
  static final String PAGE = "<html lang='pt-BR'><head><title>Feira do livro abre em Recife</title></head><body>"
      + "<nav><a href='/'>Início</a> <a href='/cultura'>Cultura</a></nav><article><h1>Feira do livro abre em Recife</h1>"
      + "<p>A feira do livro da cidade abriu as portas nesta quinta-feira com mais de duzentas editoras e uma programação "
      + "para crianças, que vai até o domingo.</p><p>Os organizadores esperam receber cerca de cem mil visitantes, um "
      + "número maior que o do ano passado, e dizem que os ingressos são gratuitos para estudantes.</p></article>"
      + "<footer>Todos os direitos reservados</footer></body></html>";

  @Test
  void isStoredWithItsLanguageAndShownAsNotAnalysed(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("feira.html");
    Files.writeString(page, PAGE);
    String store = dir.resolve("store").toString();
    var out = new StringWriter();
    var cmd = ParleyCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(new StringWriter()));
    int status = cmd.execute("ingest", "--store", store, "--published", "2024-05-02", page.toString());
    assertThat(status).isZero();
    assertThat(out.toString()).contains("1 added (1 stored but not analysed: not in English)").contains("0 rejected");

    try (var opened = Stores.open(store)) {
      var rows = opened.latest(10);
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).language()).isEqualTo("pt");
      assertThat(rows.get(0).notAnalysed()).isPresent();
      var record = opened.article(rows.get(0).articleId()).orElseThrow();
      assertThat(record.text()).contains("duzentas editoras").doesNotContain("Início");
      assertThat(record.events()).isEmpty();

      var server = new ApiServer("127.0.0.1", 0, opened, () -> {
        throw new IllegalStateException("no pipeline needed to show stored articles");
      }, Optional.empty());
      server.start();
      try {
        var http = HttpClient.newHttpClient();
        String home = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        assertThat(Jsoup.parse(home).select("table.articles .not-analysed").text()).isEqualTo("(pt, not analysed)");
        String article = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/article/"
            + rows.get(0).articleId())).build(), HttpResponse.BodyHandlers.ofString()).body();
        var doc = Jsoup.parse(article);
        assertThat(doc.select("p.not-analysed").text()).contains("Stored, not analysed").contains("written in pt");
        assertThat(doc.select("[lang=pt]").text()).contains("duzentas editoras");
        assertThat(doc.select("table.events")).isEmpty();
      } finally {
        server.close();
      }
    }
  }
}
