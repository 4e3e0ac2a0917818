package org.parley.extract.events;

/** One CAMEO code with its Goldstein value, PLOVER type and quad class. */
public record CodebookEntry(String code, String name, double goldstein, String plover, int quad) {
  public String root() {
    return code.substring(0, 2);
  }
}
