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
    assertThat(page.metadata().title()).contains("Fiji signs pact");
    assertThat(page.metadata().published()).contains("2020-02-03T08:00:00Z");
    assertThat(page.text()).isEqualTo("Fiji signs pact\n\nFiji and Tonga signed a fisheries pact.\n\nThe deal & its annex take effect in May.");
  }

  @Test
  void findsAStoryWrittenInDivsAndLineBreaksBesideListsOfOtherStories() {
    String story = "The port authority said on Monday that container traffic rose by a tenth in the first quarter, "
        + "driven by exports of coffee, tea and cut flowers, and that a new berth would open in June.";
    String html = "<html><body><div class='top-bar'><a href='/'>Home</a> <a href='/biz'>Business</a></div>"
        + "<div class='layout'><div class='post-body'>" + story + "<br><br>Officials expect the growth, which follows two "
        + "flat years, to continue through the harvest season, although fuel costs remain high.</div>"
        + "<div class='related-stories'><a href='/a'>Rail line reopens after floods, officials say</a><br>"
        + "<a href='/b'>Tea prices climb for a third week as buyers return</a></div></div>"
        + "<div class='comments'>Great news for the region, finally some progress on the port.</div></body></html>";
    var page = new HtmlText().extract(html);
    assertThat(page.text()).startsWith(story)
        .contains("Officials expect the growth")
        .doesNotContain("Rail line reopens")
        .doesNotContain("Great news for the region")
        .doesNotContain("Business");
  }

  @Test
  void findsThePublicationDateInStructuredDataAndTheCommonMetaTags() {
    String body = "<body><article><p>The port authority said on Monday that container traffic rose by a tenth.</p></article></body>";
    var ld = new HtmlText().extract("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        + "\"datePublished\": \"2022-08-09T10:00:00+03:00\"}</script></head>" + body + "</html>");
    assertThat(ld.metadata().published()).contains("2022-08-09T10:00:00+03:00");
    var itemprop = new HtmlText().extract("<html><head><meta itemprop='datePublished' content='2021-01-05'></head>" + body + "</html>");
    assertThat(itemprop.metadata().published()).contains("2021-01-05");
    var dc = new HtmlText().extract("<html><head><meta name='DC.date.issued' content='2019-12-31'></head>" + body + "</html>");
    assertThat(dc.metadata().published()).contains("2019-12-31");
    assertThat(new HtmlText().extract("<html>" + body + "</html>").metadata().published()).isEmpty();
  }

  @Test
  void aStoryUnderTwentyThousandNestedBlocksIsReadWithoutOverflowingTheStack() {
    String story = "The harbour board said on Friday that the new ferry would start sailing to the islands in the spring.";
    String html = "<html><body>" + "<div>".repeat(20_000) + "<p>" + story + "</p>" + "<span><b>" .repeat(5_000) + "more"
        + "</b></span>".repeat(5_000) + "</div>".repeat(20_000) + "</body></html>";
    assertThat(new HtmlText().extract(html).text()).contains(story);
  }
}
