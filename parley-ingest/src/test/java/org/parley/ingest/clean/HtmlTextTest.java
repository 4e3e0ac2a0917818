package org.parley.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void keepsArticleParagraphsAndDropsChrome() {
    String html = "<html><head><title>Site</title><meta property='og:title' content='Fiji signs pact'>"
        + "<meta property='article:published_time' content='2020-02-03T08:00:00Z'></head><body>"
        + "<nav><p>Home | World</p></nav><article><h1>Fiji signs pact</h1><p>Fiji and Tonga signed a fisheries pact.</p>"
        + "<figure><img src=x><figcaption>Ministers at the signing</figcaption></figure>"
        + "<p>The deal &amp; its annex take effect in <b>May</b>.</p><script>alert(1)</script></article>"
        + "<footer><p>Contact us</p></footer></body></html>";
    var page = new HtmlText().extract(html);
    assertThat(page.title()).contains("Fiji signs pact");
    assertThat(page.published()).contains("2020-02-03T08:00:00Z");
    assertThat(page.text()).isEqualTo("Fiji signs pact\n\nFiji and Tonga signed a fisheries pact.\n\nThe deal & its annex take effect in May.");
  }
}
