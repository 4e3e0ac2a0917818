package org.parley.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuardTest {
  private final LanguageGuard guard = new LanguageGuard();

  @Test
  void acceptsEnglishNews() {
    assertThat(guard.judge("The president of Ghana said on Friday that the talks with the union would resume next week.").english()).isTrue();
  }

  @Test
  void rejectsSpanish() {
    assertThat(guard.judge("El presidente de Ghana dijo el viernes que las conversaciones con el sindicato se reanudarán la próxima semana.").english()).isFalse();
  }

  @Test
  void rejectsGerman() {
    assertThat(guard.judge("Der Präsident von Ghana sagte am Freitag, dass die Gespräche mit der Gewerkschaft nächste Woche fortgesetzt werden.").english()).isFalse();
  }

  @Test
  void rejectsNonLatinScripts() {
    assertThat(guard.judge("Президент Ганы заявил в пятницу, что переговоры с профсоюзом возобновятся на следующей неделе.").english()).isFalse();
  }

  @Test
  void acceptsAShortEnglishSentenceFullOfNames() {
    assertThat(guard.judge("Arab League envoy Ana Ruiz began mediation between Chad and Sudanese rebel leader Ali Musa "
        + "yesterday.").english()).isTrue();
  }

  @Test
  void rejectsShortSpanishAndFrenchSentences() {
    assertThat(guard.judge("La presidenta Ana Ruiz visitó Lima con los ministros de Chile.").english()).isFalse();
    assertThat(guard.judge("Le président du Tchad a rencontré les ministres et des rebelles.").english()).isFalse();
  }

  @Test
  void acceptsShortEnglishWithFewFunctionWords() {
    assertThat(guard.judge("Chadian troops kill rebels near Sudanese border").english()).isTrue();
    assertThat(guard.judge("Bolivian police fired tear gas against striking miners in Potosi.").english()).isTrue();
  }

  @Test
  void rejectsShortIndonesianAndPortugueseSentences() {
    assertThat(guard.judge("Presiden Ghana bertemu dengan menteri dari Togo untuk membahas perbatasan.").english()).isFalse();
    assertThat(guard.judge("O presidente de Angola não aceitou uma proposta com os rebeldes.").english()).isFalse();
  }
}
