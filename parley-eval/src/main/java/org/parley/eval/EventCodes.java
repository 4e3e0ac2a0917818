package org.parley.eval;

import java.util.Locale;
import java.util.Map;

/** How the public event sets write codes, and how Parley's codes compare with theirs. */
final class EventCodes {
  /** CAMEO country spellings that differ from ISO 3166 alpha-3. */
  private static final Map<String, String> CAMEO_TO_ISO = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VAT");
  /**
   * PLOVER's gold records were coded with PLOVER 0.5 (2016), whose names differ from the 2021
   * types Parley writes for four CAMEO roots; everything else has the same name in both.
   */
  private static final Map<String, String> PLOVER_2016_BY_ROOT = Map.of(
      "09", "INVESTIGATE", "10", "DEMAND", "11", "DISAPPROVE", "19", "FIGHT");

  private EventCodes() {}

  /** The country part of an actor code: its first three letters, in ISO spelling. */
  static String country(String code) {
    String head = code.length() >= 3 ? code.substring(0, 3).toUpperCase(Locale.ROOT) : code.toUpperCase(Locale.ROOT);
    return CAMEO_TO_ISO.getOrDefault(head, head);
  }

  /** The PLOVER 0.5 name of an event Parley typed with PLOVER 2021. */
  static String plover2016(String cameo, String plover2021) {
    return cameo.length() >= 2 ? PLOVER_2016_BY_ROOT.getOrDefault(cameo.substring(0, 2), plover2021) : plover2021;
  }
}
