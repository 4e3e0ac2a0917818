package org.parley.app;

import org.parley.core.error.BadInputException;

/** Exit codes: 0 all went well, 1 processing failed, 2 bad input (some articles rejected). */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int BAD_INPUT = 2;

  private ExitCodes() {}

  static int forException(Throwable t) {
    return t instanceof BadInputException ? BAD_INPUT : FAILED;
  }
}
