package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.core.error.BadInputException;

/**
 * A folder of {@code NAME.gold.json} files. Each names its article in {@code file}, a path relative
 * to the folder's parent (gold/ and corpus/ side by side).
 */
public final class GoldSet {
  private GoldSet() {}

  public static List<GoldArticle> load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + ": not a folder of .gold.json files");
    }
    var mapper = new ObjectMapper();
    Path base = dir.toAbsolutePath().normalize().getParent();
    List<GoldArticle> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
        JsonNode gold;
        try {
          gold = mapper.readTree(file.toFile());
        } catch (IOException e) {
          throw new BadInputException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        if (!gold.hasNonNull("file")) {
          throw new BadInputException(file + ": no `file` naming the annotated article");
        }
        Path article = base.resolve(gold.get("file").asText());
        if (!Files.isRegularFile(article)) {
          throw new BadInputException(file + ": its article " + article + " does not exist");
        }
        String name = gold.path("doc").asText(file.getFileName().toString());
        articles.add(new GoldArticle(name, gold, Files.readString(article)));
      }
    } catch (IOException e) {
      throw new BadInputException("cannot read " + dir + ": " + e.getMessage(), e);
    }
    return articles;
  }
}
