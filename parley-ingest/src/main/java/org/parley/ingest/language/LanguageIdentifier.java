package org.parley.ingest.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the language of a text (ISO 639-1): by its script where one script means one language or
 * a few told apart by their own letters (Cyrillic, Arabic, the Han, kana and Hangul of Chinese,
 * Japanese and Korean), and among Latin-script languages by which language's commonest function
 * words the text uses most. Enough to store a page with its language and to know whether Parley's
 * English analysis applies; not a replacement for a statistical identifier on short or mixed text.
 */
public final class LanguageIdentifier {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Less function-word evidence than this, and the text is too thin to name a Latin-script language. */
  private static final double MIN_HITS = 2;
  /** The winner must lead the runner-up by this factor. */
  private static final double LEAD = 1.5;

  /** Each language's most frequent short words, chosen to overlap other languages' lists as little as possible. */
  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.ofEntries(
      Map.entry("en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "be",
          "at", "by", "this", "have", "from", "or", "an", "they", "which", "you", "were", "has", "been", "would", "their")),
      Map.entry("es", Set.of("el", "la", "de", "que", "y", "los", "las", "del", "se", "por", "un", "una", "con", "para",
          "es", "al", "lo", "como", "más", "pero", "sus", "fue", "este", "esta", "hay", "muy", "también")),
      Map.entry("pt", Set.of("o", "a", "de", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no",
          "na", "por", "mais", "as", "dos", "das", "como", "mas", "foi", "ao", "ele", "seu", "sua", "ou", "são", "também")),
      Map.entry("fr", Set.of("le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "que", "qui", "dans", "pour",
          "pas", "sur", "au", "avec", "il", "ce", "sont", "aux", "par", "plus", "elle", "nous", "vous", "mais", "été")),
      Map.entry("de", Set.of("der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist",
          "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach")),
      Map.entry("it", Set.of("il", "di", "che", "e", "la", "per", "un", "una", "non", "in", "sono", "della", "del", "le",
          "con", "si", "da", "gli", "anche", "più", "come", "alla", "nel", "questo", "ma", "ha", "dei", "essere")),
      Map.entry("nl", Set.of("de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "die",
          "niet", "aan", "er", "ook", "als", "bij", "door", "wordt", "naar", "maar", "om", "nog", "worden")),
      Map.entry("sv", Set.of("och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de",
          "inte", "om", "ett", "var", "jag", "vi", "men", "från", "kan", "så", "ska", "efter")),
      Map.entry("da", Set.of("og", "at", "det", "er", "en", "til", "på", "af", "med", "for", "ikke", "der", "som", "har",
          "de", "et", "jeg", "fra", "vi", "men", "kan", "skal", "efter", "være", "blev")),
      Map.entry("no", Set.of("og", "i", "det", "er", "en", "til", "på", "av", "som", "for", "med", "ikke", "har", "de",
          "et", "jeg", "fra", "vi", "men", "kan", "skal", "etter", "være", "ble", "også")),
      Map.entry("fi", Set.of("ja", "on", "ei", "että", "se", "oli", "hän", "mutta", "kun", "myös", "tai", "ovat", "joka",
          "sen", "kuin", "mitä", "niin", "jo", "olla", "vain", "tämä")),
      Map.entry("pl", Set.of("i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "o", "jak", "po", "co", "tak",
          "za", "od", "są", "ale", "przez", "dla", "jego", "już", "może", "oraz")),
      Map.entry("cs", Set.of("a", "se", "na", "je", "že", "v", "to", "s", "z", "do", "jsou", "ve", "k", "o", "by", "jako",
          "ale", "pro", "tak", "také", "který", "která", "jsem", "bylo", "byl")),
      Map.entry("ro", Set.of("și", "de", "la", "în", "cu", "pe", "că", "nu", "un", "o", "din", "este", "care", "mai", "pentru",
          "sunt", "ca", "fost", "sau", "dar", "lui", "au", "acest", "fi")),
      Map.entry("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "çok", "olarak", "gibi", "daha", "en", "ne",
          "ama", "olan", "kadar", "sonra", "var", "her", "değil", "mi", "o")),
      Map.entry("id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "ke",
          "pada", "juga", "ada", "oleh", "bahwa", "karena", "sudah", "mereka", "kami", "saat")),
      Map.entry("hu", Set.of("a", "az", "és", "hogy", "nem", "is", "egy", "meg", "van", "de", "már", "csak", "mint", "ez",
          "volt", "még", "ki", "el", "fel", "pedig", "vagy", "lesz")),
      Map.entry("sw", Set.of("na", "ya", "wa", "kwa", "za", "katika", "ni", "la", "hiyo", "kuwa", "cha", "hii", "pia",
          "lakini", "wake", "huo", "kama", "baada", "alisema")),
      Map.entry("vi", Set.of("của", "và", "các", "có", "là", "những", "được", "trong", "cho", "không", "người", "với",
          "một", "này", "đã", "từ", "khi", "đến", "để", "theo")));

  private static final Map<String, List<String>> LANGUAGES_OF = new HashMap<>();

  static {
    FUNCTION_WORDS.forEach((lang, words) -> words.forEach(
        w -> LANGUAGES_OF.computeIfAbsent(w, k -> new ArrayList<>()).add(lang)));
  }

  /**
   * The text's language, else the one the page declares ({@code <html lang>}) when the text is too
   * short or too mixed to tell.
   */
  public Optional<String> identify(String text, Optional<String> declared) {
    return fromText(text).or(() -> declared.map(d -> d.toLowerCase(Locale.ROOT)));
  }

  Optional<String> fromText(String text) {
    Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
    Map<String, Double> hits = new HashMap<>();
    int letters = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      for (int i = 0; i < w.length(); ) {
        int cp = w.codePointAt(i);
        scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
        letters++;
        i += Character.charCount(cp);
      }
      // A word several languages share is weak evidence for each: "de" is Spanish, French, Dutch ...
      List<String> langs = LANGUAGES_OF.getOrDefault(w.toLowerCase(Locale.ROOT), List.of());
      for (String lang : langs) {
        hits.merge(lang, 1.0 / langs.size(), Double::sum);
      }
    }
    if (letters == 0) {
      return Optional.empty();
    }
    Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    if (main != Character.UnicodeScript.LATIN) {
      return byScript(main, scripts, text);
    }
    List<Map.Entry<String, Double>> ranked = hits.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
    if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_HITS) {
      return Optional.empty();
    }
    if (ranked.size() > 1 && ranked.get(0).getValue() < LEAD * ranked.get(1).getValue()) {
      return Optional.empty();
    }
    return Optional.of(ranked.get(0).getKey());
  }

  private static Optional<String> byScript(Character.UnicodeScript main, Map<Character.UnicodeScript, Integer> scripts, String text) {
    return switch (main) {
      case CYRILLIC -> Optional.of(cyrillic(text));
      case ARABIC -> Optional.of(URDU_LETTERS.matcher(text).find() ? "ur" : PERSIAN_LETTERS.matcher(text).find() ? "fa" : "ar");
      // Japanese writes with Han characters too; any kana says Japanese.
      case HAN -> Optional.of(scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
          + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0) > 0 ? "ja" : "zh");
      case HIRAGANA, KATAKANA -> Optional.of("ja");
      case HANGUL -> Optional.of("ko");
      case GREEK -> Optional.of("el");
      case HEBREW -> Optional.of("he");
      case THAI -> Optional.of("th");
      case DEVANAGARI -> Optional.of("hi");
      case BENGALI -> Optional.of("bn");
      case TAMIL -> Optional.of("ta");
      case GEORGIAN -> Optional.of("ka");
      case ARMENIAN -> Optional.of("hy");
      case ETHIOPIC -> Optional.of("am");
      default -> Optional.empty();
    };
  }

  private static final Pattern URDU_LETTERS = Pattern.compile("[\u06d2\u0679\u0688\u0691]");
  private static final Pattern PERSIAN_LETTERS = Pattern.compile("[\u067e\u0686\u0698\u06af\u06cc]");
  private static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[іїєґІЇЄҐ]");
  private static final Pattern SERBIAN_LETTERS = Pattern.compile("[ђћџјЂЋЏЈ]");
  private static final Pattern RUSSIAN_LETTERS = Pattern.compile("[ыэЫЭ]");

  /** Ukrainian, Serbian and Bulgarian have letters of their own, or lack Russian's; the rest is Russian. */
  private static String cyrillic(String text) {
    if (UKRAINIAN_LETTERS.matcher(text).find()) {
      return "uk";
    }
    if (SERBIAN_LETTERS.matcher(text).find()) {
      return "sr";
    }
    if (!RUSSIAN_LETTERS.matcher(text).find() && text.indexOf('ъ') >= 0) {
      return "bg";
    }
    return "ru";
  }
}
