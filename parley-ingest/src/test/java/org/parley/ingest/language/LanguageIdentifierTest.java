package org.parley.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
  private final LanguageIdentifier identifier = new LanguageIdentifier();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en | The harbour board said on Friday that the new ferry would start sailing to the islands in the spring.",
      "es | El alcalde de la ciudad dijo que el nuevo puente se abrirá en marzo y que los trabajos costaron más de lo previsto.",
      "pt | O prefeito disse que a nova ponte não vai abrir antes de março, e que as obras custaram mais do que o previsto.",
      "fr | Le maire a dit que le nouveau pont ne sera pas ouvert avant le mois de mars et que les travaux ont coûté plus cher.",
      "de | Der Bürgermeister sagte, dass die neue Brücke nicht vor März eröffnet wird und die Arbeiten mehr gekostet haben.",
      "it | Il sindaco ha detto che il nuovo ponte non sarà aperto prima di marzo e che i lavori sono costati più del previsto.",
      "nl | De burgemeester zei dat de nieuwe brug niet voor maart open gaat en dat het werk meer heeft gekost dan gepland.",
      "sv | Borgmästaren sa att den nya bron inte öppnar före mars och att arbetet har kostat mer än väntat för staden.",
      "pl | Burmistrz powiedział, że nowy most nie zostanie otwarty przed marcem, a prace kosztowały więcej niż planowano.",
      "tr | Belediye başkanı yeni köprünün mart ayından önce açılmayacağını ve işin daha pahalı olduğunu söyledi, bu çok önemli bir konu.",
      "id | Wali kota mengatakan bahwa jembatan yang baru itu tidak akan dibuka sebelum bulan Maret karena biaya yang naik.",
      "ru | Мэр сказал, что новый мост не откроют до марта, а работы обошлись дороже, чем планировали.",
      "uk | Мер сказав, що новий міст не відкриють до березня, а роботи коштували більше, ніж планували.",
      "ar | قال رئيس البلدية إن الجسر الجديد لن يفتح قبل شهر مارس وإن الأعمال كلفت أكثر من المتوقع.",
      "fa | شهردار گفت که پل جدید پیش از ماه مارس باز نمی‌شود و کارها گران‌تر از پیش‌بینی تمام شد.",
      "zh | 市长说新桥在三月之前不会开放，工程费用超出了预期。",
      "ja | 市長は、新しい橋は三月まで開通しないと述べ、工事費が予想を上回ったと説明した。",
      "ko | 시장은 새 다리가 3월 전에는 개통되지 않으며 공사비가 예상보다 많이 들었다고 말했다.",
      "el | Ο δήμαρχος είπε ότι η νέα γέφυρα δεν θα ανοίξει πριν από τον Μάρτιο.",
      "he | ראש העיר אמר שהגשר החדש לא ייפתח לפני חודש מרץ."})
  void namesTheLanguageOfATextFromItsWordsOrItsScript(String expected, String text) {
    assertThat(identifier.identify(text, Optional.empty())).contains(expected);
  }

  @Test
  void aSharedWordCountsLessThanAWordOfOneLanguage() {
    // "de", "el" and "un" are words of several languages; "y", "del" and "los" only of Spanish.
    assertThat(identifier.identify("El jefe de los bomberos y el de la policía hablaron del incendio.", Optional.empty()))
        .contains("es");
  }

  @Test
  void fallsBackToTheDeclaredLanguageWhenTheTextIsTooShortToTell() {
    assertThat(identifier.identify("Kigali 2024", Optional.of("RW"))).contains("rw");
    assertThat(identifier.identify("Kigali 2024", Optional.empty())).isEmpty();
  }

  @Test
  void theTextOutweighsAWrongDeclaration() {
    assertThat(identifier.identify("The council said that the market would reopen on Monday after the repairs were finished.",
        Optional.of("de"))).contains("en");
  }
}
