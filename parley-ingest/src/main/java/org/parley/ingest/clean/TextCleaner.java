package org.parley.ingest.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.core.article.CleanText;
import org.parley.core.article.Dateline;

/**
 * Removes page furniture from an article body: syndication footers, bylines and credits, photo
 * captions and credits, calls to share or subscribe, related-link lists, copyright lines. Pulls the
 * headline, meta dates and the dateline out as metadata.
 */
public final class TextCleaner {
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\"'\u201d\u2019):;]\\s*$");
  private static final Pattern META_DATE =
      Pattern.compile("^\\s*(posted|published|updated|last (modified|updated))\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern WIRE_LABEL =
      Pattern.compile(
          "^\\s*(AP|AFP|Reuters|Associated Press|The Associated Press|Agence France-Presse|Xinhua|"
              + "Kyodo|Yonhap|Jiji Press|Bloomberg|UPI|dpa|ANSA|EFE|TASS|Anadolu Agency)( News| Wire)?\\s*$");
  private static final int HEADLINE_MAX = 160;
  /** "Posted on social media by ..." opens a sentence; a date line is short or holds a date. */
  private static final int META_DATE_MAX = 60;
  private static final int CAPTION_MAX = 320;

  /** Cleans a plain-text body. */
  public CleanText clean(String body) {
    return clean(body, false);
  }

  /**
   * Cleans the text of a web page, whose link lists and figure captions {@link HtmlText} has already
   * dropped by their markup: a list that closes the text is then the story's own (tour dates,
   * results), and a paragraph after a photo credit is the story's first, not a caption.
   */
  public CleanText cleanPage(String body) {
    return clean(body, true);
  }

  private CleanText clean(String body, boolean fromPage) {
    List<String> lines = new ArrayList<>(normalise(body).lines().map(String::stripTrailing).toList());
    List<String> removed = new ArrayList<>();
    Optional<LocalDate> published = Optional.empty();
    Optional<String> headline = Optional.empty();
    Optional<String> outlet = Optional.empty();

    List<String> kept = new ArrayList<>();
    boolean afterPhotoLabel = false;
    int firstContent = firstNonBlank(lines, 0);
    if (firstContent >= 0 && looksLikeHeadline(lines, firstContent)) {
      headline = Optional.of(lines.get(firstContent).strip());
      lines.set(firstContent, "");
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        kept.add("");
        continue;
      }
      boolean metaDate = META_DATE.matcher(line).matches() && (line.length() <= META_DATE_MAX || LooseDate.find(line).isPresent());
      if (metaDate || (kept.stream().allMatch(String::isEmpty) && LooseDate.isDateLine(line))) {
        if (published.isEmpty()) {
          published = LooseDate.find(line);
        }
        removed.add(line.strip());
        continue;
      }
      if (WIRE_LABEL.matcher(line).matches()) {
        outlet = outlet.or(() -> Optional.of(line.strip()));
        removed.add(line.strip());
        continue;
      }
      if (matchesAny(Furniture.PHOTO, line)) {
        removed.add(line.strip());
        afterPhotoLabel = true;
        continue;
      }
      if (!fromPage && afterPhotoLabel && kept.stream().allMatch(String::isEmpty) && isLoneShortParagraph(lines, i)) {
        // Above the story, the block right after a photo label is the photo's caption.
        removed.add(line.strip());
        afterPhotoLabel = false;
        continue;
      }
      afterPhotoLabel = false;
      if (Furniture.CAPTION_CREDIT.matcher(line).matches()
          || matchesAny(Furniture.SYNDICATION, line)
          || matchesAny(Furniture.CREDITS, line)
          || matchesAny(Furniture.PROMPTS, line)
          || matchesAny(Furniture.COPYRIGHT, line)) {
        removed.add(line.strip());
        continue;
      }
      kept.add(line.strip());
    }
    if (!fromPage) {
      dropTrailingLinkList(kept, removed);
    }

    List<String> paragraphs = paragraphs(kept);
    Optional<Dateline> dateline = Optional.empty();
    Optional<String> wireOutlet = outlet;
    if (!paragraphs.isEmpty()) {
      var found = DatelineParser.parse(paragraphs.get(0));
      if (found.isPresent()) {
        var d = found.get().dateline();
        dateline =
            Optional.of(
                new Dateline(d.text(), d.place(), d.dateText(), d.outlet().or(() -> wireOutlet)));
        if (published.isEmpty()) {
          published = d.dateText().flatMap(LooseDate::find);
        }
        paragraphs.set(0, paragraphs.get(0).substring(found.get().prefixLength()));
      }
    }
    if (dateline.isEmpty() && outlet.isPresent()) {
      removed.add("outlet: " + outlet.get());
    }
    return new CleanText(String.join("\n\n", paragraphs), headline, dateline, published, removed);
  }


  static String normalise(String body) {
    return body.replace("\r\n", "\n")
        .replace('\r', '\n')
        .replace('\u00a0', ' ')
        .replace('\t', ' ')
        .replaceAll("[\u200b\u200c\u200d\ufeff]", "");
  }

  private static boolean matchesAny(List<Pattern> patterns, String line) {
    for (Pattern p : patterns) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  private static int firstNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** A first line that is short, unpunctuated and followed by more text is the headline. */
  private static boolean looksLikeHeadline(List<String> lines, int index) {
    String line = lines.get(index).strip();
    if (line.length() > HEADLINE_MAX || SENTENCE_END.matcher(line).matches()) {
      return false;
    }
    if (DatelineParser.parse(line).isPresent() || line.split("\\s+").length < 3) {
      return false;
    }
    return firstNonBlank(lines, index + 1) >= 0;
  }

  /** The line stands alone as a short paragraph (blank or nothing on both sides). */
  private static boolean isLoneShortParagraph(List<String> lines, int i) {
    boolean blankBefore = i == 0 || lines.get(i - 1).isBlank() || matchesAny(Furniture.PHOTO, lines.get(i - 1));
    boolean blankAfter = i + 1 >= lines.size() || lines.get(i + 1).isBlank();
    return blankBefore && blankAfter && lines.get(i).length() <= CAPTION_MAX;
  }

  /**
   * Lists of related links close many pages: short lines with no sentence punctuation after the
   * last real paragraph. A story never ends on such a line.
   */
  private static void dropTrailingLinkList(List<String> kept, List<String> removed) {
    int i = kept.size() - 1;
    List<String> dropped = new ArrayList<>();
    while (i >= 0) {
      String line = kept.get(i);
      if (line.isEmpty()) {
        i--;
        continue;
      }
      if (line.length() < 90 && !SENTENCE_END.matcher(line).matches()) {
        dropped.add(line);
        i--;
        continue;
      }
      break;
    }
    if (kept.subList(0, i + 1).stream().allMatch(String::isEmpty)) {
      return; // nothing but short lines: they are the story (a one-line item), not a link list
    }
    while (kept.size() > i + 1) {
      kept.remove(kept.size() - 1);
    }
    Collections.reverse(dropped);
    removed.addAll(dropped);
  }

  /** Blocks of lines between blank lines, each with its wrapped lines rejoined. */
  private static List<String> paragraphs(List<String> lines) {
    List<String> out = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty()) {
        if (!block.isEmpty()) {
          out.add(WrappedLines.join(block));
          block.clear();
        }
        continue;
      }
      block.add(line);
    }
    if (!block.isEmpty()) {
      out.add(WrappedLines.join(block));
    }
    return out;
  }
}
