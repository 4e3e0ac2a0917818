package org.parley.app;

/**
 * Keeps article text from running as a spreadsheet formula when a CSV or TSV export is opened
 * (OWASP's CSV injection rule): a cell that begins with = + - @, a tab or a carriage return, or
 * their full-width forms, gets a leading quote mark. Plain numbers stay numbers.
 */
public final class FormulaGuard {
  private static final String TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  private FormulaGuard() {}

  public static String cell(String value) {
    if (value.isEmpty() || TRIGGERS.indexOf(value.charAt(0)) < 0 || value.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
      return value;
    }
    return "'" + value;
  }
}
