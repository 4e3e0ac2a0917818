package org.parley.extract.events;

import java.util.Map;

/**
 * The CAMEO code of an act announced rather than done: refused (12), threatened (13) or, for a
 * cooperative act, intended (03). The CAMEO codebook codes
 * "will provide food aid", "will meet", "will release the prisoners" under its intent category (03),
 * whose sub-codes mirror the acts they promise; Parley also marks such events planned.
 */
final class IntentCodes {
  /** Longest prefix first: the act's code (or its parent) to the intent code. */
  private static final Map<String, String> INTENT = Map.ofEntries(
      Map.entry("045", "039"), Map.entry("046", "036"), Map.entry("04", "036"),
      Map.entry("057", "031"), Map.entry("05", "032"),
      Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"), Map.entry("064", "0314"),
      Map.entry("06", "031"),
      Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"), Map.entry("074", "0334"),
      Map.entry("07", "033"),
      Map.entry("081", "0351"), Map.entry("083", "034"), Map.entry("084", "0353"), Map.entry("085", "0354"),
      Map.entry("086", "0355"), Map.entry("087", "0356"), Map.entry("08", "035"));

  /** A refusal of a complement event is coded by what was refused (CAMEO 12 subcategories). */
  static final Map<String, String> REFUSED = Map.of(
      "03", "121", "04", "125", "05", "127", "06", "121", "07", "122", "08", "124");
  /**
   * A pledge of a hostile act is a threat (CAMEO 13): "vowed to retaliate against X", "promised to
   * expel the envoys". Coded by what is threatened, as is a plain threat ("threatened to strike").
   * Two sides agreeing on a step ("agreed to postpone the vote") threaten no one.
   */
  static final Map<String, String> THREATENED = Map.of(
      "14", "133", "15", "138", "16", "131", "17", "137", "18", "138", "19", "138", "20", "1383");

  private IntentCodes() {}

  /** The intent code for a planned cooperative act (roots 04 to 08); any other code unchanged. */
  static String forPlanned(String cameo) {
    for (int n = Math.min(3, cameo.length()); n >= 2; n--) {
      String code = INTENT.get(cameo.substring(0, n));
      if (code != null) {
        return code;
      }
    }
    return cameo;
  }
}
