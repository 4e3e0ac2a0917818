package org.parley.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of an interview or debate transcript: "WALLACE: …", "Q: …", "MS. OKAFOR: …". The speaker
 * is the name in capitals before the colon, the words are the rest of the line; a line may also
 * open inside quotation marks.
 */
final class TranscriptLines {
  /** One line: who (as written) and the span of the words. */
  record Line(String speaker, int speakerStart, int speakerEnd, int start, int end) {}

  private static final Pattern LINE = Pattern.compile(
      "(?m)^[ \"\u201c]*((?:[A-Z][A-Z.'\u2019-]*\\s){0,2}[A-Z][A-Z.'\u2019-]*):[ \t]+(\\S.*)$");

  private TranscriptLines() {}

  static List<Line> find(String text) {
    List<Line> out = new ArrayList<>();
    Matcher m = LINE.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (name.length() > 40 || isClockOrLabel(name)) {
        continue;
      }
      int end = m.end(2);
      while (end > m.start(2) && "\"\u201d ".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      out.add(new Line(name, m.start(1), m.end(1), m.start(2), end));
    }
    return out;
  }

  /** "UPDATE:", "NOTE:", "WATCH:", "PHOTOS:" open notes and links, not speech. */
  private static boolean isClockOrLabel(String name) {
    return name.matches("UPDATE|UPDATED|NOTE|EDITOR'S NOTE|WATCH|READ|PHOTOS?|VIDEO|RELATED|CORRECTION|CLARIFICATION|"
        + "BREAKING|EXCLUSIVE|LIVE|ANALYSIS|OPINION|SOURCE|SOURCES|CREDIT|FILE");
  }
}
