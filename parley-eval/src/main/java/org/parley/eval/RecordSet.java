package org.parley.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.core.error.BadInputException;

/** Extraction records to score: a JSON Lines file, a JSON array, or a folder of such files. */
public final class RecordSet {
  // Without this a JSON Lines file would parse as its first line alone.
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private RecordSet() {}

  public static List<JsonNode> load(Path path) {
    List<Path> files = new ArrayList<>();
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".jsonl"))
              .sorted().forEach(files::add);
        }
      } else {
        files.add(path);
      }
      List<JsonNode> records = new ArrayList<>();
      for (Path f : files) {
        records.addAll(parse(f, Files.readString(f).strip()));
      }
      return records;
    } catch (IOException e) {
      throw new BadInputException("cannot read records from " + path + ": " + e.getMessage(), e);
    }
  }

  private static List<JsonNode> parse(Path file, String data) {
    List<JsonNode> out = new ArrayList<>();
    if (data.isEmpty()) {
      return out;
    }
    try {
      JsonNode whole = MAPPER.readTree(data);
      if (whole.isArray()) {
        whole.forEach(out::add);
      } else {
        out.add(whole);
      }
      return out;
    } catch (JsonProcessingException notOneDocument) {
      String[] lines = data.split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        try {
          out.add(MAPPER.readTree(lines[i]));
        } catch (JsonProcessingException e) {
          throw new BadInputException(file + " line " + (i + 1) + ": not a JSON record: " + e.getOriginalMessage(), e);
        }
      }
      return out;
    }
  }
}
