package org.parley.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;

/**
 * Reads JSON Lines of {@code url} and {@code html} (the benchmark's --make-input file, or any such
 * file) and writes {@code url} and {@code text} per page as Readability4J extracts it, for scoring
 * next to {@code parley page}. Usage: ReadabilityPages IN.jsonl [--extended].
 */
public final class ReadabilityPages {
  private ReadabilityPages() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ReadabilityPages IN.jsonl [--extended]");
      System.exit(2);
    }
    boolean extended = args.length > 1 && args[1].equals("--extended");
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode page = json.readTree(line);
        String url = page.path("url").asText();
        String html = page.path("html").asText();
        String text = "";
        try {
          Readability4J readability = extended ? new Readability4JExtended(url, html) : new Readability4J(url, html);
          String found = readability.parse().getTextContent();
          text = found == null ? "" : found;
        } catch (RuntimeException e) {
          System.err.println(url + ": " + e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("url", url);
        out.put("text", text);
        System.out.println(json.writeValueAsString(out));
      }
    }
  }
}
