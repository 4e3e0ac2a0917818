package org.parley.extract.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.parley.core.error.BadInputException;
import org.parley.core.error.ProcessingException;

/**
 * A data file: '#' lines give origin and licence, the first other line names the columns, each
 * further line is a row of tab-separated values. The one loader for every kind of knowledge file.
 */
public record TsvTable(String source, List<String> columns, List<Row> rows) {

  /** One row, read by column name; a missing or blank cell is an empty Optional. */
  public record Row(String source, int line, Map<String, String> cells) {
    public Optional<String> get(String column) {
      String v = cells.get(column);
      return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public String require(String column) {
      return get(column)
          .orElseThrow(() -> new BadInputException(source + " line " + line + ": column `" + column + "` is empty"));
    }

    /** A ';'-separated list cell. */
    public List<String> list(String column) {
      return get(column).map(v -> Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList())
          .orElse(List.of());
    }
  }

  /** Reads a bundled resource under {@code org/parley/extract/data/}, gzipped when it ends in .gz. */
  public static TsvTable resource(String name) {
    String path = "/org/parley/extract/data/" + name;
    InputStream in = TsvTable.class.getResourceAsStream(path);
    if (in == null) {
      throw new ProcessingException("bundled data file missing from the classpath: " + path);
    }
    try (in) {
      return parse(name, name.endsWith(".gz") ? new GZIPInputStream(in) : in);
    } catch (IOException e) {
      throw new ProcessingException("cannot read bundled data file " + path, e);
    }
  }

  /** Reads a user's data file, e.g. from {@code --dictionary DIR}. */
  public static TsvTable file(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(file.toString(), file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in);
    } catch (IOException e) {
      throw new BadInputException("cannot read dictionary file " + file + ": " + e.getMessage(), e);
    }
  }

  private static TsvTable parse(String source, InputStream in) {
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> columns = List.of();
    List<Row> rows = new ArrayList<>();
    int lineNo = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (columns.isEmpty()) {
          columns = List.of(cells);
          continue;
        }
        if (cells.length > columns.size()) {
          throw new BadInputException(
              source + " line " + lineNo + ": " + cells.length + " cells, header has " + columns.size());
        }
        var map = new java.util.HashMap<String, String>();
        for (int i = 0; i < cells.length; i++) {
          map.put(columns.get(i), cells[i]);
        }
        rows.add(new Row(source, lineNo, Map.copyOf(map)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TsvTable(source, columns, List.copyOf(rows));
  }

  /** This table's rows followed by the rows of a user file of the same name in {@code dir}, if any. */
  public TsvTable withOverrides(Optional<Path> dir, String name) {
    if (dir.isEmpty() || !Files.isRegularFile(dir.get().resolve(name))) {
      return this;
    }
    var extra = file(dir.get().resolve(name));
    var all = new ArrayList<>(rows);
    all.addAll(extra.rows());
    return new TsvTable(source + "+" + extra.source(), columns, List.copyOf(all));
  }
}
