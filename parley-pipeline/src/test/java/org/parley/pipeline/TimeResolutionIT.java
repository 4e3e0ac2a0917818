package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.pipeline.SharedPipeline.extract;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.core.record.TimeMention;

class TimeResolutionIT {
  /** Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 10);

  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource(delimiter = '|', value = {
      "Protesters marched through the capital on Sunday.|Sunday|2021-03-07",
      "The vote will take place on Friday.|Friday|2021-03-12",
      "The ministers met on Wednesday in Oslo.|Wednesday|2021-03-10",
      "The treaty was signed in December.|December|2020-12",
      "Elections are scheduled to be held in December.|December|2021-12",
      "The two leaders will meet again in April.|April|2021-04",
      "The rebels seized the town in May 2019.|May 2019|2019-05",
      "The agreement was reached on March 2, 2020, after long talks.|March 2, 2020|2020-03-02",
      "The envoy will return next Monday.|next Monday|2021-03-15",
      "The ceasefire collapsed three days ago.|three days ago|2021-03-07",
      "Exports fell sharply last month.|last month|2021-02",
      "A summit is planned for later this year.|later this year|2021",
      "The negotiators talked for four hours.|four hours|PT4H",
      "The siege lasted 2-1/2 days.|2-1/2 days|P2.5D",
      "He has led the party for a decade.|a decade|P10Y",
      "Relations have soured in recent years.|recent years|PAST_REF",
      "More arrests are expected in the coming weeks.|coming weeks|FUTURE_REF",
      "The suspects were held pending a hearing Thursday.|Thursday|2021-03-11",
      "Prices rose early Tuesday morning, traders said.|early Tuesday morning|2021-03-09",
      "The strike began at 6:30 a.m. local time.|6:30 a.m.|2021-03-10T06:30"
  })
  void resolvesAgainstPublicationDateAndTense(String sentence, String expression, String value) {
    var e = extract(sentence, PUBLISHED);
    assertThat(e.times()).extracting(TimeMention::text).contains(expression);
    var mention = e.times().stream().filter(t -> t.text().equals(expression)).findFirst().orElseThrow();
    assertThat(mention.value().iso()).isEqualTo(value);
    assertThat(e.text().substring(mention.start(), mention.end())).isEqualTo(expression);
  }
}
