package org.parley.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.article.Article;
import org.parley.core.json.ExtractionJson;
import org.parley.ingest.clean.PageMetadata;
import org.parley.ingest.clean.PageStory;
import org.parley.ingest.language.Languages;
import org.parley.ingest.source.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code parley page}: the main-content step alone, for pages in any language. No language models
 * are loaded, so it runs in seconds and lets an extraction benchmark be scored with one command.
 */
@Command(
    name = "page",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the story on each web page and writes it with the page's metadata as JSON Lines to stdout.",
      "Fields: url, id, origin, text, title, published, author, site, canonical, language. Any language; no NLP is run.",
      "Exit status: 0 when every page was read, 2 when some were rejected."
    })
final class PageCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "An .html file, a folder of them, a .jsonl file with an `html` field per line, a WARC file, or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (inputs.isEmpty()) {
      inputs = List.of("-");
    }
    Sources.requireReadable(inputs);
    PageStory stories = new PageStory();
    int rejected = 0;
    int written = 0;
    for (ReadResult item : ExtractionOptions.read(inputs, System.in)) {
      if (item instanceof ReadResult.Rejected r) {
        err.println("parley page: skipped " + r);
        rejected++;
        continue;
      }
      Article article = ((ReadResult.Read) item).article();
      PageStory.Story story = stories.read(article);
      PageMetadata page = story.page().metadata();
      // The language the pipeline would record: decided on the cleaned story, as ArticlePreparer does.
      String language = languages.decide(story.clean().text(), page.language()).code();
      out.println(ExtractionJson.mapper().writeValueAsString(fields(article, page, story.text(), language)));
      written++;
    }
    out.flush();
    err.printf("parley page: %d page(s) written, %d rejected%n", written, rejected);
    err.flush();
    return rejected > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  private final Languages languages = new Languages();

  private static Map<String, Object> fields(Article article, PageMetadata page, String text, String language) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("url", article.url().or(page::canonical).orElse(null));
    article.id().ifPresent(id -> f.put("id", id));
    f.put("origin", article.origin());
    f.put("text", text);
    f.put("title", article.title().or(page::title).orElse(null));
    f.put("published", page.published().orElse(null));
    f.put("author", page.author().orElse(null));
    f.put("site", page.site().orElse(null));
    f.put("canonical", page.canonical().orElse(null));
    f.put("language", language);
    return f;
  }
}
