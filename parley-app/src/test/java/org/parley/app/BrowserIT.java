package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.parley.app.ingest.Ingestor;
import org.parley.app.web.ApiServer;
import org.parley.app.web.Tables;
import org.parley.core.article.Article;
import org.parley.ingest.source.ReadResult;
import org.parley.nlp.NlpOptions;
import org.parley.pipeline.Pipeline;
import org.parley.store.EventQuery;
import org.parley.store.EventRow;
import org.parley.store.QuoteQuery;
import org.parley.store.QuoteRow;
import org.parley.store.Store;
import org.parley.store.Stores;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs) over the bundled samples: search → article → actor → dyad, filters, quotes and map,
 * asserting what a reader sees, with a screenshot of each page in target/screenshots (copied to
 * docs/screenshots for the README).
 */
class BrowserIT {
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static Store store;
  static ApiServer server;
  static WebDriver browser;
  static Path shots = Path.of("target", "screenshots");

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM), "Debian's chromium and chromium-driver are not installed");
    Path dir = Files.createTempDirectory("parley-browser");
    store = Stores.open(dir.resolve("store").toString());
    Pipeline pipeline = SharedPipeline.get();
    // The bundled samples, so that the browser tests need nothing outside the repository.
    List<ReadResult> samples = ExtractionOptions.read(List.of(Path.of("").toAbsolutePath().getParent().resolve("samples")
        .resolve("articles.jsonl").toString()), System.in);
    new Ingestor(pipeline, store, 1).ingest(samples, LocalDate.parse("2024-01-01"), new PrintWriter(Writer.nullWriter()));
    server = new ApiServer("127.0.0.1", 0, store, () -> pipeline, Optional.empty());
    server.start();
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + dir.resolve("chrome"));
    var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(shots);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  static void shot(String name) throws Exception {
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Visible text, its white space as a browser renders it. */
  static String visible(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  @Test
  void homeListsTheNewestArticlesFirstOnOneLineEach() throws Exception {
    browser.get(base() + "/");
    List<String> dates = browser.findElements(By.cssSelector("table.articles td.date")).stream().map(e -> e.getText()).toList();
    assertThat(dates).hasSizeGreaterThanOrEqualTo(6).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    // A date never wraps: its cell is one line high.
    var cell = browser.findElement(By.cssSelector("table.articles td.date"));
    assertThat(cell.getCssValue("white-space")).isEqualTo("nowrap");
    shot("search");
  }

  @Test
  void searchThenArticleThenActorThenDyad() throws Exception {
    // The busiest dyad's first asserted event with a named source, as Parley stored it.
    String pair = store.busiestDyads(1).get(0).key();
    EventRow event = store.events(EventQuery.all(100).withDyad(pair)).stream()
        .filter(e -> e.modality().equals("asserted") && e.sourceName().isPresent()).findFirst().orElseThrow();
    String actor = event.sourceName().get();
    browser.get(base() + "/");
    browser.findElement(By.name("q")).sendKeys(actor);
    browser.findElement(By.tagName("form")).submit();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search: " + actor);
    browser.findElement(By.cssSelector("main table.events a[href='/article/" + event.articleId() + "']")).click();
    assertThat(browser.findElements(By.cssSelector("article a.actor"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("article mark.event"))).isNotEmpty();
    assertThat(visible(browser.findElement(By.tagName("article")).getText())).contains(visible(event.evidence()));
    shot("article");
    browser.findElement(By.cssSelector("article a.actor[href='/actor?name="
        + URLEncoder.encode(actor, StandardCharsets.UTF_8) + "']")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(actor);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(event.sourceCode().orElseThrow())
        .contains("Events as source");
    shot("actor");
    browser.findElement(By.linkText("Dyads")).click();
    String dyad = visible(browser.findElement(By.tagName("main")).getText());
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dyad " + pair);
    assertThat(browser.findElements(By.cssSelector("svg rect"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("svg text.axis-label")).stream().map(e -> e.getText()).toList())
        .anyMatch(t -> t.startsWith("events per ")).contains("mean Goldstein score", "event date");
    assertThat(dyad).contains(event.cameo() + " " + event.plover()).contains(visible(event.evidence()));
    shot("dyad");
  }

  @Test
  void aDirectQuoteShowsOnePairOfMarks() throws Exception {
    QuoteRow quote = store.quotes(new QuoteQuery(Optional.empty(), Optional.empty(), 100)).stream()
        .filter(q -> q.speakerName().isPresent() && q.kind().equals("direct")).findFirst().orElseThrow();
    browser.get(base() + "/article/" + quote.articleId());
    var shown = browser.findElement(By.cssSelector("table.quotes q.direct"));
    // What a person sees: the marks the element draws around text that holds none of its own.
    String before = (String) ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("return getComputedStyle(arguments[0], '::before').content", shown);
    assertThat(before).isNotEqualTo("none");
    assertThat(shown.getText()).doesNotStartWith("\"").doesNotStartWith("\u201c").isNotBlank();
    assertThat(browser.findElements(By.cssSelector("article q"))).isEmpty();
  }

  @Test
  void quotesAndMapPages() throws Exception {
    QuoteRow quote = store.quotes(new QuoteQuery(Optional.empty(), Optional.empty(), 100)).stream()
        .filter(q -> q.speakerName().isPresent() && q.kind().equals("direct")).findFirst().orElseThrow();
    browser.get(base() + "/quotes?speaker=" + URLEncoder.encode(quote.speakerName().get(), StandardCharsets.UTF_8));
    assertThat(visible(browser.findElement(By.tagName("main")).getText())).contains(visible(Tables.stripMarks(quote.text())));
    shot("quotes");
    browser.get(base() + "/map");
    assertThat(browser.findElements(By.cssSelector("svg circle"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("ul.legend li")).stream().map(e -> e.getText()).toList())
        .contains("verbal cooperation", "material conflict");
    shot("map");
  }

  @Test
  void theEventFiltersAndAnEmptySearchAreShownAsSuch() throws Exception {
    browser.get(base() + "/events");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("modality"))).selectByVisibleText("asserted");
    browser.findElement(By.name("from")).sendKeys("2024-01-01");
    browser.findElement(By.cssSelector("form.filters button")).submit();
    assertThat(browser.getCurrentUrl()).contains("modality=asserted").contains("from=2024-01-01");
    List<String> dates = browser.findElements(By.cssSelector("table.events td.date")).stream().map(e -> e.getText()).toList();
    assertThat(dates).isNotEmpty().allMatch(d -> d.compareTo("2024-01-01") >= 0);
    assertThat(browser.findElement(By.cssSelector("a[href^='/csv/events']")).getAttribute("href")).contains("modality=asserted");
    shot("events");
    browser.get(base() + "/?q=zeppelin");
    assertThat(browser.findElements(By.cssSelector("td.empty")).stream().map(e -> e.getText()).toList())
        .hasSize(3).allMatch("no results"::equals);
  }
}
