package org.parley.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.error.BadInputException;

/** Reads the public event-coding gold sets that Parley measures itself on. */
public final class SentenceSets {
  /** Which set a file holds. */
  public enum Kind { PETRARCH, PLOVER }

  private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)(?=<Sentence\\b|\\z)", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern TEXT = Pattern.compile("<Text>\\s*(.*?)\\s*</Text>", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)/?>");
  /** PLOVER's gold records date every sentence 2000-01-01; the scorer's inputs say a few days later. */
  private static final LocalDate PLOVER_PUBLISHED = LocalDate.of(2000, 1, 5);

  private SentenceSets() {}

  /** The kind of set in {@code file}: PETRARCH-2's XML, or PLOVER's JSON array. */
  public static Optional<Kind> kindOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (Files.isRegularFile(file) && name.endsWith(".xml")) {
      return Optional.of(Kind.PETRARCH);
    }
    if (Files.isRegularFile(file) && name.endsWith(".json")) {
      return Optional.of(Kind.PLOVER);
    }
    return Optional.empty();
  }

  public static List<CodedSentence> load(Path file, Kind kind) {
    try {
      String data = Files.readString(file);
      return kind == Kind.PETRARCH ? petrarch(data) : plover(file, data);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * PETRARCH-2's validation XML. Its sentence tags are self-closed yet followed by a closing tag, so
   * it is read by pattern, not by an XML parser, which also keeps external entities out of reach.
   */
  static List<CodedSentence> petrarch(String xml) {
    List<CodedSentence> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(xml);
    while (m.find()) {
      Map<String, String> attributes = attributes(m.group(1));
      Matcher text = TEXT.matcher(m.group(2));
      if (!text.find()) {
        continue;
      }
      List<CodedSentence.GoldTriple> gold = new ArrayList<>();
      Matcher coding = CODING.matcher(m.group(2));
      while (coding.find()) {
        Map<String, String> c = attributes(coding.group(1));
        gold.add(new CodedSentence.GoldTriple(c.getOrDefault("sourcecode", ""), c.getOrDefault("targetcode", ""),
            c.getOrDefault("eventcode", "")));
      }
      String date = attributes.getOrDefault("date", "");
      Optional<LocalDate> published = Optional.empty();
      if (date.matches("\\d{8}")) {
        try {
          published = Optional.of(LocalDate.of(Integer.parseInt(date.substring(0, 4)),
              Integer.parseInt(date.substring(4, 6)), Integer.parseInt(date.substring(6))));
        } catch (java.time.DateTimeException e) {
          published = Optional.empty();
        }
      }
      out.add(new CodedSentence(attributes.getOrDefault("id", "s" + out.size()), Texts.squeeze(unescape(text.group(1))),
          published, gold, !"false".equals(attributes.getOrDefault("evaluate", "true"))));
    }
    return out;
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> out = new HashMap<>();
    Matcher a = ATTRIBUTE.matcher(tag);
    while (a.find()) {
      out.put(a.group(1), a.group(2));
    }
    return out;
  }

  /** PLOVER's gold records: one JSON array, a DOCUMENT record first. */
  static List<CodedSentence> plover(Path file, String json) {
    JsonNode all;
    try {
      all = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new BadInputException(file + ": not a JSON array of PLOVER records: " + e.getOriginalMessage(), e);
    }
    List<CodedSentence> out = new ArrayList<>();
    for (JsonNode r : all) {
      String text = Json.text(r, "text");
      if ("DOCUMENT".equals(Json.text(r, "event")) || text == null || text.isBlank()) {
        continue;
      }
      String type = Json.textOr(r, "event", "");
      List<CodedSentence.GoldTriple> gold = new ArrayList<>();
      for (String s : ploverCodes(r.get("source"))) {
        for (String t : ploverCodes(r.get("target"))) {
          if (gold.stream().noneMatch(g -> g.source().equals(s) && g.target().equals(t))) {
            gold.add(new CodedSentence.GoldTriple(s, t, type));
          }
        }
      }
      out.add(new CodedSentence(Json.textOr(r, "id", "r" + out.size()), text, Optional.of(PLOVER_PUBLISHED), gold, true));
    }
    return out;
  }

  /** A side's actor codes, cut to their country part as PLOVER's scorer does; [""] for none. */
  private static List<String> ploverCodes(JsonNode side) {
    List<String> out = new ArrayList<>();
    if (side != null && side.isArray()) {
      side.forEach(a -> out.add(EventCodes.country(Json.textOr(a, "code", ""))));
    }
    return out.isEmpty() ? List.of("") : out;
  }

  /** The date a sentence's extraction should be published on, for feeding it to the pipeline. */
  public static LocalDate publishedOr(CodedSentence s, LocalDate fallback) {
    try {
      return s.published().orElse(fallback);
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }
}
