package org.parley.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.core.error.BadInputException;
import org.parley.core.json.ExtractionJson;
import org.parley.ingest.source.ReadResult;
import org.parley.nlp.peer.CoreNlpPeer;
import org.parley.nlp.peer.PeerResult;
import org.parley.pipeline.ArticlePreparer;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.PreparedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley peer-quotes}: runs CoreNLP's own quote attribution on the same cleaned articles and
 * writes records in Parley's format (quotes and speakers only), so that {@code parley eval} scores
 * the peer exactly as it scores Parley. Needs about 6 GB of heap (PARLEY_JAVA_OPTS=-Xmx6g).
 */
@Command(
    name = "peer-quotes",
    mixinStandardHelpOptions = true,
    description = {
        "Runs CoreNLP's own quote attribution on Parley's cleaned text, to compare with Parley's.",
        "Annotators: " + CoreNlpPeer.ANNOTATORS + ". Writes its quotes and speakers as extraction records.",
        "Needs a large heap: PARLEY_JAVA_OPTS=-Xmx6g ./parley peer-quotes ..."
    })
final class PeerCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Articles, as for `parley extract`.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that carry none.")
  Optional<LocalDate> published = Optional.empty();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ReadResult> items = ExtractionOptions.read(inputs, System.in);
    var preparer = new ArticlePreparer();
    var peer = new CoreNlpPeer();
    LocalDate fallback = published.orElse(LocalDate.now(java.time.ZoneOffset.UTC));
    int rejected = 0;
    for (ReadResult item : items) {
      if (!(item instanceof ReadResult.Read read)) {
        err.println("parley peer-quotes: skipped " + item);
        rejected++;
        continue;
      }
      try {
        PreparedArticle prepared = preparer.prepareEnglish(read.article(), fallback);
        PeerResult result = peer.annotate(prepared.clean().text(), prepared.published());
        out.println(record(read.article().id(), prepared, result));
        out.flush();
      } catch (BadInputException e) {
        err.println("parley peer-quotes: skipped " + e.getMessage());
        rejected++;
      }
    }
    err.flush();
    return rejected > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  /** A record with the article's id, as `parley extract` gives it, so that scorers can pair the two. */
  private static String record(Optional<String> id, PreparedArticle prepared, PeerResult result) {
    var mapper = ExtractionJson.mapper();
    ObjectNode record = mapper.createObjectNode();
    record.put("id", id.orElseGet(() -> Pipeline.contentId(prepared.clean().text())));
    record.put("text", prepared.clean().text());
    record.put("published", prepared.published().toString());
    Map<String, String> speakerIds = new LinkedHashMap<>();
    ArrayNode quotes = record.putArray("quotes");
    for (var q : result.quotes()) {
      ObjectNode quote = quotes.addObject();
      quote.put("kind", "direct");
      quote.put("text", q.text());
      quote.put("start", q.start());
      quote.put("end", q.end());
      q.speaker().ifPresent(s -> {
        quote.put("speaker", speakerIds.computeIfAbsent(s, k -> "p" + (speakerIds.size() + 1)));
        quote.put("speaker_text", s);
      });
    }
    ArrayNode actors = record.putArray("actors");
    speakerIds.forEach((name, actorId) -> actors.addObject().put("id", actorId).put("name", name));
    return record.toString();
  }
}
