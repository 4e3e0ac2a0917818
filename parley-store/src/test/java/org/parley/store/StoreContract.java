package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.json.ExtractionJson;
import org.parley.core.record.Extraction;

/** What every {@link Store} must do; run against the embedded store and against PostgreSQL. */
abstract class StoreContract {
  protected Store store;

  abstract Store open();

  @BeforeEach
  void openStore() {
    store = open();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  static Extraction record(String id, String title, String text) {
    return record(id, title, text, "2024-03-15");
  }

  static Extraction record(String id, String title, String text, String published) {
    try (InputStream in = StoreContract.class.getResourceAsStream("/record.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("\"ID\"", "\"" + id + "\"").replace("URL", id).replace("TITLE", title).replace("\"TEXT\"", "\"" + text + "\"")
          .replace("\"published\":\"2024-03-15\"", "\"published\":\"" + published + "\"");
      return ExtractionJson.fromJson(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Records as JSON text, for tests that write them below the store's own API. */
  static final class ExtractionText {
    private ExtractionText() {}

    /** A record whose one event happened in Chennai. */
    static String located(String id, String title, String published) {
      return ExtractionJson.toLine(record(id, title, "Olaf Scholz visited India on Tuesday.", published))
          .replace("\"pattern\":\"04.visit\"",
              "\"location\":{\"name\":\"Chennai\",\"country\":\"IND\",\"lat\":13.08,\"lon\":80.27},\"pattern\":\"04.visit\"");
    }
  }

  @Test
  void whereAnEventHappenedIsListedWithIt() {
    store.put(ExtractionJson.fromJson(ExtractionText.located("p-1", "Visit", "2024-03-15")), "1");
    store.put(record("p-2", "Visit", "Olaf Scholz visited India on Tuesday."), "2");
    var rows = store.events(EventQuery.all(10));
    assertThat(rows).filteredOn(r -> r.articleId().equals("p-1")).singleElement()
        .satisfies(r -> assertThat(r.place()).hasValueSatisfying(p -> {
          assertThat(p.name()).isEqualTo("Chennai");
          assertThat(p.country()).contains("IND");
          assertThat(p.lon()).isEqualTo(80.27);
        }));
    assertThat(rows).filteredOn(r -> r.articleId().equals("p-2")).singleElement()
        .satisfies(r -> assertThat(r.place()).isEmpty());
  }

  @Test
  void storingTheSameArticleTwiceReplacesItAndNeverDuplicates() {
    store.put(record("a-1", "Scholz in Delhi", "Olaf Scholz visited India on Tuesday."), "1,2,3");
    store.put(record("a-1", "Scholz in New Delhi", "Olaf Scholz visited India on Tuesday."), "1,2,3");
    StoreStats stats = store.stats();
    assertThat(stats.articles()).isEqualTo(1);
    assertThat(stats.events()).isEqualTo(1);
    assertThat(stats.quotes()).isEqualTo(1);
    assertThat(stats.actors()).isEqualTo(2);
    assertThat(store.article("a-1")).get().extracting(e -> e.title().orElseThrow()).isEqualTo("Scholz in New Delhi");
  }

  @Test
  void theLatestArticlesComeNewestFirstWithTheirCounts() {
    store.put(record("b-old", "Older", "Olaf Scholz visited India on Tuesday.", "2023-11-02"), "1");
    store.put(record("a-new", "Newer", "Olaf Scholz visited India on Friday.", "2024-05-20"), "2");
    store.put(record("c-mid", "Middle", "Olaf Scholz visited India on Monday.", "2024-01-08"), "3");
    assertThat(store.latest(10)).extracting(ArticleRow::articleId).containsExactly("a-new", "c-mid", "b-old");
    assertThat(store.latest(1)).singleElement().satisfies(r -> {
      assertThat(r.published()).contains("2024-05-20");
      assertThat(r.events()).isEqualTo(1);
      assertThat(r.quotes()).isEqualTo(1);
    });
  }

  @Test
  void busiestDyadsAndCountriesCountEventsInEitherDirection() {
    assertThat(store.busiestDyads(5)).isEmpty();
    store.put(record("d-1", "One", "Olaf Scholz visited India on Tuesday."), "1");
    store.put(record("d-2", "Two", "Olaf Scholz visited India on Friday."), "2");
    assertThat(store.busiestDyads(5)).containsExactly(new Tally("DEU-IND", 2));
    assertThat(store.busiestCountries(5)).containsExactly(new Tally("DEU", 2), new Tally("IND", 2));
  }

  @Test
  void eventsAreFoundByWordsInTheirEvidenceActorsOrCodeName() {
    store.put(record("w-1", "One", "Olaf Scholz visited India on Tuesday."), "1");
    var q = EventQuery.all(10);
    assertThat(store.events(q.withText(new EventText("VISITED india", java.util.List.of())))).hasSize(1);
    assertThat(store.events(q.withText(new EventText("scholz", java.util.List.of())))).hasSize(1);
    assertThat(store.events(q.withText(new EventText("embargo", java.util.List.of())))).isEmpty();
    assertThat(store.events(q.withText(new EventText("make a visit", java.util.List.of("042"))))).hasSize(1);
    // A per cent sign is a character searched for, not SQL's wildcard.
    assertThat(store.events(q.withText(new EventText("%", java.util.List.of())))).isEmpty();
  }

  @Test
  void aStoredRecordReadsBackWhole() {
    Extraction original = record("a-2", "Scholz visit", "Olaf Scholz visited India on Tuesday.");
    store.put(original, "9,9");
    assertThat(store.article("a-2")).contains(original);
    assertThat(store.contains("a-2")).isTrue();
    assertThat(store.contains("nope")).isFalse();
    assertThat(store.articleIds()).containsExactly("a-2");
    assertThat(store.signatures(10)).contains(new Store.Signed("a-2", "9,9"));
    assertThat(store.signatures(0)).isEmpty();
  }

  @Test
  void eventsAreFoundByActorCountryDyadCodeModalityAndDate() {
    store.put(record("a-3", "Scholz visit", "Olaf Scholz visited India on Tuesday."), "1");
    assertThat(store.events(EventQuery.all(10))).hasSize(1);
    var q = EventQuery.all(10);
    assertThat(store.events(q.withActor("scholz"))).hasSize(1);
    assertThat(store.events(q.withCountry("IND"))).hasSize(1);
    assertThat(store.events(q.withDyad("IND-DEU"))).hasSize(1);
    assertThat(store.events(q.withDyad("IND-CHN"))).isEmpty();
    assertThat(store.events(new EventQuery(q.actor(), q.country(), q.dyad(), Optional.of("04"), Optional.of("consult"),
        Optional.of("asserted"), Optional.of(LocalDate.parse("2024-03-01")), Optional.of(LocalDate.parse("2024-03-31")), 10)))
        .singleElement().satisfies(e -> {
          assertThat(e.sourceName()).contains("Olaf Scholz");
          assertThat(e.targetCode()).contains("IND");
          assertThat(e.evidence()).contains("visited India");
          assertThat(e.url()).contains("https://example.org/news/a-3");
        });
    assertThat(store.events(q.withCameoRoot("17"))).isEmpty();
  }

  @Test
  void actorsAndDailyStatisticsAreSummedOverArticles() {
    store.put(record("a-8", "Scholz visit", "Olaf Scholz visited India on Tuesday."), "1");
    store.put(record("a-9", "Scholz visit again", "Olaf Scholz visited India again on Tuesday."), "2");
    assertThat(store.actors("scholz", 10)).singleElement().satisfies(a -> {
      assertThat(a.articles()).isEqualTo(2);
      assertThat(a.code()).contains("DEUGOV");
    });
    assertThat(store.actors("", 10)).hasSize(2);
    assertThat(store.roles("Olaf Scholz")).extracting(ActorRole::role).containsOnly(Optional.of("chancellor"));
    assertThat(store.roles("Olaf Scholz")).extracting(ActorRole::articleId).containsExactly("a-8", "a-9");
    var q = EventQuery.all(100);
    assertThat(store.daily(q.withDyad("DEU-IND"))).singleElement().satisfies(d -> {
          assertThat(d.date()).isEqualTo("2024-03-12");
          assertThat(d.events()).isEqualTo(2);
          assertThat(d.verbalCooperation()).isEqualTo(2);
          assertThat(d.meanGoldstein()).isEqualTo(1.9);
        });
  }

  @Test
  void quotesAreFoundBySpeakerAndWords() {
    store.put(record("a-4", "Scholz visit", "Olaf Scholz visited India on Tuesday."), "1");
    assertThat(store.quotes(new QuoteQuery(Optional.of("scholz"), Optional.empty(), 10))).singleElement()
        .satisfies(q -> assertThat(q.speakerCode()).contains("DEUGOV"));
    assertThat(store.quotes(new QuoteQuery(Optional.empty(), Optional.of("partners"), 10))).hasSize(1);
    assertThat(store.quotes(new QuoteQuery(Optional.of("modi"), Optional.empty(), 10))).isEmpty();
  }

  @Test
  void fullTextSearchFindsWordsAndTreatsOperatorsAsText() {
    store.put(record("a-5", "Monsoon floods", "Floods swept the delta after the monsoon."), "1");
    store.put(record("a-6", "Trade talks", "Ministers discussed tariffs and trade."), "2");
    assertThat(store.search("monsoon floods", 10)).extracting(ArticleHit::articleId).containsExactly("a-5");
    assertThat(store.search("tariffs", 10)).extracting(ArticleHit::articleId).containsExactly("a-6");
    assertThat(store.search("\" OR 1=1; DROP TABLE articles; --", 10)).isEmpty();
    assertThat(store.stats().articles()).isEqualTo(2);
    // A replaced article is found by its new words only, once.
    store.put(record("a-5", "Drought", "The delta dried out before the rains."), "1");
    assertThat(store.search("monsoon", 10)).isEmpty();
    assertThat(store.search("delta", 10)).extracting(ArticleHit::articleId).containsExactly("a-5");
  }

  @Test
  void copiesOfAnArticleAreListedOnceEach() {
    store.put(record("a-7", "Scholz visit", "Olaf Scholz visited India on Tuesday."), "1");
    store.addSource("a-7", new SourceRef("https://mirror.example/a", Optional.of("Mirror"), "exact"));
    store.addSource("a-7", new SourceRef("https://mirror.example/a", Optional.of("Mirror"), "exact"));
    store.addSource("a-7", new SourceRef("https://other.example/b", Optional.empty(), "near"));
    assertThat(store.knowsUrl("https://other.example/b")).isTrue();
    assertThat(store.knowsUrl("https://example.org/news/a-7")).isTrue();
    assertThat(store.knowsUrl("https://unknown.example/")).isFalse();
    assertThat(store.sources("a-7")).extracting(SourceRef::url)
        .containsExactlyInAnyOrder("https://example.org/news/a-7", "https://mirror.example/a", "https://other.example/b");
  }

  @Test
  void feedStateIsKeptForConditionalRequests() {
    var state = new FeedState("https://example.org/feed.xml", Optional.of("\"abc\""), Optional.of("Fri, 15 Mar 2024 10:00:00 GMT"),
        Optional.of(Instant.parse("2024-03-15T10:00:00Z")), Optional.of(200));
    store.saveFeed(state);
    store.saveFeed(state);
    assertThat(store.feed("https://example.org/feed.xml")).contains(state);
    assertThat(store.feed("https://example.org/other.xml")).isEmpty();
  }

  @Test
  void readersNeverFailOrSeeHalfAnArticleWhileAWriterStores() throws Exception {
    int articles = 60;
    var failures = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
    var writing = new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread writer = new Thread(() -> {
      try {
        for (int i = 0; i < articles; i++) {
          store.put(record("w-" + i, "Visit " + i, "Olaf Scholz visited India on Tuesday.",
              "2024-03-" + String.format("%02d", 1 + i % 28)), "1," + i);
        }
      } catch (Throwable t) {
        failures.add(t);
      } finally {
        writing.set(false);
      }
    });
    var readers = java.util.concurrent.Executors.newFixedThreadPool(4);
    var reads = new java.util.concurrent.atomic.AtomicInteger();
    writer.start();
    for (int r = 0; r < 4; r++) {
      readers.submit(() -> {
        try {
          while (writing.get() || reads.get() < 40) {
            var latest = store.latest(10);
            // An article is seen whole or not at all: its one event is there whenever it is listed.
            latest.forEach(a -> assertThat(a.events()).isEqualTo(1));
            store.events(EventQuery.all(20).withOffset(5));
            store.stats();
            reads.incrementAndGet();
          }
        } catch (Throwable t) {
          failures.add(t);
        }
      });
    }
    writer.join();
    readers.shutdown();
    assertThat(readers.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(failures).isEmpty();
    assertThat(store.stats().articles()).isEqualTo(articles);
    assertThat(reads.get()).isGreaterThanOrEqualTo(40);
  }
}
