package org.parley.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
  private static PageMetadata read(String head, String body) {
    return PageMetadata.read(Jsoup.parse("<html lang='en-GB'><head>" + head + "</head><body>" + body + "</body></html>"));
  }

  @Test
  void readsOpenGraphAndArticleMetaTags() {
    var m = read("<title>Harbour news | The Coast Herald</title><meta property='og:title' content='Ferries resume'>"
        + "<meta property='og:site_name' content='The Coast Herald'><meta name='author' content='Mara Vell'>"
        + "<link rel='canonical' href='https://coast.example/ferries-resume'>"
        + "<meta property='article:published_time' content='2024-04-02T07:30:00Z'>", "");
    assertThat(m.title()).contains("Ferries resume");
    assertThat(m.site()).contains("The Coast Herald");
    assertThat(m.author()).contains("Mara Vell");
    assertThat(m.canonical()).contains("https://coast.example/ferries-resume");
    assertThat(m.published()).contains("2024-04-02T07:30:00Z");
    assertThat(m.language()).contains("en");
  }

  @Test
  void readsSchemaOrgJsonLdInsideAGraphWithPersonAndOrganisationObjects() {
    var m = read("<title>x</title><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"Valley Courier\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Mill reopens\",\"datePublished\":\"2023-11-20\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ida Lund\"},{\"@type\":\"Person\",\"name\":\"Tom Reyes\"}],"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley Courier\"},\"inLanguage\":\"sv-SE\"}]}</script>"
        + "<script type='application/ld+json'>{ broken</script>", "");
    assertThat(m.published()).contains("2023-11-20");
    assertThat(m.author()).contains("Ida Lund, Tom Reyes");
    assertThat(m.site()).contains("Valley Courier");
    assertThat(m.language()).contains("en"); // <html lang> is read before JSON-LD's inLanguage
  }

  @Test
  void fallsBackToTimeElementsThenToADateInTheAddress() {
    assertThat(read("", "<article><time datetime='2022-06-01T10:00'>1 June</time></article>").published())
        .contains("2022-06-01T10:00");
    assertThat(read("<link rel='canonical' href='https://news.example/2021/09/07/dam-opens/'>", "").published())
        .contains("2021-09-07");
    assertThat(read("<link rel='canonical' href='https://news.example/world/dam-opens-4815162342'>", "").published()).isEmpty();
  }

  @Test
  void anAuthorGivenAsAProfileAddressIsNoName() {
    assertThat(read("<meta property='article:author' content='https://social.example/maravell'>", "").author()).isEmpty();
  }

  @Test
  void languageTagsAreCutToTheirLanguage() {
    assertThat(PageMetadata.languageCode("pt-BR")).contains("pt");
    assertThat(PageMetadata.languageCode("en_US")).contains("en");
    assertThat(PageMetadata.languageCode("not a tag")).isEmpty();
  }
}
