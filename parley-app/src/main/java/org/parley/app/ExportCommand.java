package org.parley.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.core.json.ExtractionJson;
import org.parley.core.record.Actor;
import org.parley.core.record.Event;
import org.parley.core.record.Extraction;
import org.parley.core.time.TimeValue;
import org.parley.store.EventRow;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley export}: the store's events as CSV or as GDELT 2.0 event-table rows, or its whole
 * extraction records as JSON Lines.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
        "Exports the store's events as CSV or GDELT rows, or its whole extraction records as JSON Lines.",
        "gdelt is tab-separated in the column order of GDELT 2.0's event table, for existing GDELT scripts. "
            + "The event filters of `parley query events` apply to csv and gdelt."
    })
final class ExportCommand implements Callable<Integer> {
  enum Format { csv, jsonl, gdelt }

  @Option(names = "--format", required = true, description = "csv, jsonl or gdelt.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  Optional<Path> output = Optional.empty();

  @Mixin StoreOption store;
  @Mixin EventFilters filters;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
      "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name",
      "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
      "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode",
      "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName",
      "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long",
      "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

  @Override
  public Integer call() throws Exception {
    List<String> lines = new ArrayList<>();
    var query = filters.query();
    try (Store s = store.openExisting()) {
      switch (format) {
        case jsonl -> {
          for (String id : s.articleIds()) {
            s.article(id).ifPresent(r -> lines.add(withSources(r, s.sources(id))));
          }
        }
        case csv -> lines.addAll(EventCsv.lines(s.events(query)));
        case gdelt -> lines.addAll(gdelt(s, s.events(query)));
      }
    }
    if (output.isPresent()) {
      Files.write(output.get(), lines, StandardCharsets.UTF_8);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      lines.forEach(out::println);
      out.flush();
    }
    return ExitCodes.OK;
  }

  /**
   * A record with the places it was seen at added as {@code sources} (the original's address, then
   * each copy's, by address), so that an export says how many outlets carried the story.
   */
  static String withSources(Extraction record, List<org.parley.store.SourceRef> sources) {
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) ExtractionJson.mapper().valueToTree(record);
    var list = json.putArray("sources");
    sources.stream()
        .sorted(java.util.Comparator.comparing((org.parley.store.SourceRef r) -> !r.duplicate().equals("original"))
            .thenComparing(org.parley.store.SourceRef::url))
        .forEach(r -> {
          var o = list.addObject().put("url", r.url()).put("duplicate", r.duplicate());
          r.outlet().ifPresent(outlet -> o.put("outlet", outlet));
        });
    return json.toString();
  }

  private static List<String> gdelt(Store s, List<EventRow> rows) {
    Map<String, Extraction> records = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    String added = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    for (EventRow row : rows) {
      Extraction r = records.computeIfAbsent(row.articleId(), id -> s.article(id).orElseThrow());
      Event e = r.events().stream().filter(ev -> ev.id().equals(row.eventId())).findFirst().orElseThrow();
      Optional<Actor> a1 = e.source().flatMap(id -> actor(r, id));
      Optional<Actor> a2 = e.target().flatMap(id -> actor(r, id));
      LocalDate day = e.date().filter(d -> d instanceof TimeValue.Day).map(d -> ((TimeValue.Day) d).date())
          .orElse(LocalDate.parse(r.published().orElse(LocalDate.now(ZoneOffset.UTC).toString()).substring(0, 10)));
      int sources = Math.max(1, s.sources(r.id()).size());
      List<String> cells = new ArrayList<>();
      cells.add(Long.toString(globalId(r.id(), e.id())));
      cells.add(day.format(DateTimeFormatter.BASIC_ISO_DATE));
      cells.add(day.format(DateTimeFormatter.ofPattern("yyyyMM")));
      cells.add(Integer.toString(day.getYear()));
      cells.add(String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
      cells.addAll(actorCells(a1));
      cells.addAll(actorCells(a2));
      cells.add(e.sentence() <= 1 ? "1" : "0");
      cells.add(e.cameo());
      cells.add(e.cameo().substring(0, Math.min(3, e.cameo().length())));
      cells.add(e.cameo().substring(0, 2));
      cells.add(Integer.toString(e.quadClass()));
      cells.add(Double.toString(e.goldstein()));
      cells.add(Integer.toString(e.mentions().size()));
      cells.add(Integer.toString(sources));
      cells.add(Integer.toString(sources));
      cells.add(String.format(Locale.ROOT, "%.4f", r.tone().score()));
      for (int i = 0; i < 2; i++) {
        cells.addAll(List.of("", "", "", "", "", "", "", ""));
      }
      cells.addAll(e.location().map(l -> List.of(
              isCountry(r, l.name()) ? "1" : "4", l.name(),
              l.country().orElse(""), "", "", Double.toString(l.lat()), Double.toString(l.lon()), ""))
          .orElse(List.of("", "", "", "", "", "", "", "")));
      cells.add(added);
      cells.add(r.url().orElse(""));
      lines.add(String.join("\t", cells.stream().map(c -> FormulaGuard.cell(c.replaceAll("[\t\r\n]", " "))).toList()));
    }
    return lines;
  }

  /** GDELT's geo type: 1 for a country, 4 for a place within one. */
  private static boolean isCountry(Extraction r, String name) {
    return r.places().stream().anyMatch(p -> p.name().equals(name) && p.kind() == org.parley.core.record.PlaceKind.COUNTRY);
  }

  private static List<String> actorCells(Optional<Actor> a) {
    return List.of(a.flatMap(Actor::code).orElse(""), a.map(x -> x.name().toUpperCase(Locale.ROOT)).orElse(""),
        a.flatMap(Actor::country).orElse(""), "", "", "", "", a.flatMap(Actor::sector).orElse(""), "", "");
  }

  private static Optional<Actor> actor(Extraction r, String id) {
    return r.actors().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** A stable numeric id for an event: the first 62 bits of the SHA-256 of article and event id. */
  private static long globalId(String article, String event) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest((article + "/" + event).getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v >>> 2;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
