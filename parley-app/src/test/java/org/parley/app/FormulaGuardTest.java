package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {
  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+cmd", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "\uFF1D1+1"})
  void aCellASpreadsheetWouldRunGetsAQuoteMark(String cell) {
    assertThat(FormulaGuard.cell(cell)).isEqualTo("'" + cell);
    assertThat(EventCsv.cell(cell)).contains("'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-3.5", "+7", "1e-3", "Kenya", "", "a=b"})
  void numbersAndTextStayAsTheyAre(String cell) {
    assertThat(FormulaGuard.cell(cell)).isEqualTo(cell);
  }
}
