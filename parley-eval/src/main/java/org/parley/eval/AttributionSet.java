package org.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.core.error.BadInputException;

/**
 * An attribution corpus in BRAT standoff, as PolNeAR ships it: {@code text/NAME.txt} and
 * {@code attributions/NAME_ANNOTATOR.ann}, each relation an event {@code E} tying a Source, a Cue
 * and a Content text-bound span. Where an article has several annotators, the first file by name is
 * read.
 */
public final class AttributionSet {
  /** One attribution: its content span, and the source's spans and words when it has one. */
  public record Relation(int start, int end, String content, List<int[]> source, Optional<String> sourceText) {}

  /** One article: its text, the date in its file name if any, and its relations. */
  public record Article(String id, String text, Optional<String> published, List<Relation> relations) {}

  private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

  private AttributionSet() {}

  /** Whether a folder is laid out as an attribution corpus. */
  public static boolean isAttributionSet(Path dir) {
    return Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"));
  }

  public static List<Article> load(Path dir) {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> texts = Files.list(dir.resolve("text"));
         Stream<Path> anns = Files.list(dir.resolve("attributions"))) {
      List<Path> annotations = anns.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
      for (Path text : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String stem = text.getFileName().toString().replaceFirst("\\.txt$", "");
        Optional<Path> ann = annotations.stream().filter(p -> p.getFileName().toString().startsWith(stem + "_")).findFirst();
        if (ann.isEmpty()) {
          continue;
        }
        Matcher date = DATE.matcher(stem);
        out.add(new Article(stem, Files.readString(text, StandardCharsets.UTF_8),
            date.find() ? Optional.of(date.group(1)) : Optional.empty(), relations(ann.get())));
      }
    } catch (IOException e) {
      throw new BadInputException("cannot read the attribution set " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** A text-bound span: its label, ranges and words. */
  private record Span(String label, List<int[]> ranges, String text) {}

  static List<Relation> relations(Path ann) throws IOException {
    Map<String, Span> spans = new HashMap<>();
    List<Map<String, String>> events = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      lineNumber++;
      String[] parts = line.split("\t");
      if (parts.length < 2 || parts[0].isEmpty()) {
        continue;
      }
      try {
        if (parts[0].startsWith("T")) {
          String[] head = parts[1].split(" ", 2);
          List<int[]> ranges = new ArrayList<>();
          for (String range : (head.length > 1 ? head[1] : "").split(";")) {
            String[] ends = range.trim().split(" ");
            if (ends.length == 2) {
              ranges.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
            }
          }
          spans.put(parts[0], new Span(head[0], ranges, parts.length > 2 ? parts[2] : ""));
        } else if (parts[0].startsWith("E")) {
          Map<String, String> args = new HashMap<>();
          for (String arg : parts[1].split(" ")) {
            int colon = arg.indexOf(':');
            if (colon > 0) {
              args.put(arg.substring(0, colon), arg.substring(colon + 1));
            }
          }
          events.add(args);
        }
      } catch (NumberFormatException e) {
        throw new BadInputException(ann + ":" + lineNumber + ": a span's offsets are not numbers (" + line.strip()
            + "); a BRAT text-bound line reads 'T1<TAB>Label START END<TAB>words'");
      }
    }
    List<Relation> out = new ArrayList<>();
    for (Map<String, String> e : events) {
      Span content = spans.get(e.get("Content"));
      if (content == null || content.ranges().isEmpty()) {
        continue;
      }
      Optional<Span> source = Optional.ofNullable(spans.get(e.get("Source")));
      out.add(new Relation(content.ranges().get(0)[0], content.ranges().get(content.ranges().size() - 1)[1],
          content.text(), source.map(Span::ranges).orElse(List.of()), source.map(Span::text)));
    }
    return out;
  }
}
