package org.parley.app;

import org.parley.core.error.BadInputException;
import org.parley.pipeline.ingest.IngestService;
import picocli.CommandLine.Option;

/** {@code --remember}: how far back the commands that store look for copies. */
public final class CopiesOption {
  @Option(names = "--remember", paramLabel = "N",
      description = "How many of the latest articles a new one is compared with to find copies (default: ${DEFAULT-VALUE}, "
          + "about 3.5 KB of memory each); an older story's copy is stored as an article of its own.")
  int remembered = IngestService.REMEMBERED;

  int remembered() {
    if (remembered < 1) {
      throw new BadInputException("--remember " + remembered + ": give a number of articles of 1 or more, such as "
          + IngestService.REMEMBERED);
    }
    return remembered;
  }
}
