package org.parley.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.parley.core.article.Article;
import org.parley.core.record.Actor;
import org.parley.core.record.Extraction;
import org.parley.nlp.NlpOptions;

/** One loaded pipeline for every test class in this JVM: the models load once. */
final class SharedPipeline {
  private static Pipeline pipeline;

  private SharedPipeline() {}

  static synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline = Pipeline.standard(NlpOptions.defaults(), Optional.empty());
    }
    return pipeline;
  }

  static Extraction extract(String text, LocalDate published) {
    return get().process(Article.ofText("test", text).withPublished(published), published);
  }

  static Actor actorNamed(Extraction e, String name) {
    return e.actors().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor named " + name + " among " + e.actors().stream().map(Actor::name).toList()));
  }

  /** The shared development set (../shared from the repository root), when this checkout has it. */
  static Optional<Path> shared() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("gold"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
