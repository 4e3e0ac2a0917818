package org.parley.ingest.language;

import java.util.Optional;

/**
 * The one decision on a text's language that every command makes: whether Parley's English
 * analysis applies ({@link LanguageGuard}), and which language the text is in
 * ({@link LanguageIdentifier}, else the page's declared one, else undetermined).
 */
public final class Languages {
  /** ISO 639's code for a language that could not be determined. */
  public static final String UNDETERMINED = "und";

  private final LanguageGuard guard = new LanguageGuard();
  private final LanguageIdentifier identifier = new LanguageIdentifier();

  /** @param code ISO 639-1, "en" exactly when {@code english}, {@link #UNDETERMINED} when nothing tells */
  public record Decision(String code, boolean english) {}

  public Decision decide(String text, Optional<String> declared) {
    boolean english = guard.judge(text).english();
    String code = english ? "en"
        : identifier.identify(text, declared).filter(l -> !l.equals("en")).orElse(UNDETERMINED);
    return new Decision(code, english);
  }

  /** The evidence behind the English decision, for messages that say why a text was refused. */
  public LanguageGuard.Verdict evidence(String text) {
    return guard.judge(text);
  }
}
