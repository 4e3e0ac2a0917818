package org.parley.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.core.json.ExtractionJson;
import org.parley.store.QuoteQuery;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley query events|quotes|search}: questions to the store, answered as tab-separated rows or JSON Lines. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Asks the store: events by actor, country, dyad, CAMEO root, PLOVER type, modality and date; quotes by speaker or words; articles by full-text search.",
    subcommands = {QueryCommand.Events.class, QueryCommand.Quotes.class, QueryCommand.Search.class})
final class QueryCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static String cell(Optional<String> v) {
    return FormulaGuard.cell(v.orElse("").replaceAll("[\t\r\n]", " "));
  }

  @Command(name = "events", mixinStandardHelpOptions = true, description = "Events, with their evidence sentence.")
  static final class Events implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin EventFilters filters;
    @Option(names = "--jsonl", description = "One JSON object per event instead of tab-separated rows.") boolean jsonl;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      var query = filters.query();
      try (Store s = store.openExisting()) {
        var rows = s.events(query);
        if (!jsonl) {
          out.println("date\tcameo\tplover\tsource\tsource_code\ttarget\ttarget_code\tmodality\tgoldstein\tarticle\tevidence");
        }
        for (var e : rows) {
          out.println(jsonl ? ExtractionJson.mapper().writeValueAsString(e) : String.join("\t", cell(e.date()), e.cameo(),
              e.plover(), cell(e.sourceName()), cell(e.sourceCode()), cell(e.targetName()), cell(e.targetCode()),
              e.modality(), Double.toString(e.goldstein()), e.articleId(), cell(Optional.of(e.evidence()))));
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "quotes", mixinStandardHelpOptions = true, description = "Quotations by speaker or words.")
  static final class Quotes implements Callable<Integer> {
    @Mixin StoreOption store;
    @Option(names = "--speaker", description = "Words in the speaker's name.") Optional<String> speaker = Optional.empty();
    @Option(names = "--words", description = "Words in the quotation.") Optional<String> words = Optional.empty();
    @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).") int limit = 1000;
    @Option(names = "--jsonl", description = "One JSON object per quote.") boolean jsonl;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Store s = store.openExisting()) {
        if (!jsonl) {
          out.println("published\tspeaker\tspeaker_code\tkind\tarticle\tquote");
        }
        for (var q : s.quotes(new QuoteQuery(speaker, words, limit))) {
          out.println(jsonl ? ExtractionJson.mapper().writeValueAsString(q) : String.join("\t", cell(q.published()),
              cell(q.speakerName()), cell(q.speakerCode()), q.kind(), q.articleId(), cell(Optional.of(q.text()))));
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "search", mixinStandardHelpOptions = true, description = "Articles by full-text search, best first.")
  static final class Search implements Callable<Integer> {
    @Mixin StoreOption store;
    @Parameters(paramLabel = "WORDS", arity = "1..*") List<String> words;
    @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).") int limit = 20;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store s = store.openExisting()) {
        out.println("article\tpublished\ttitle\turl");
        for (var hit : s.search(String.join(" ", words), limit)) {
          out.println(String.join("\t", hit.articleId(), cell(hit.published()), cell(hit.title()), cell(hit.url())));
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

}
