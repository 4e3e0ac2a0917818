package org.parley.core.error;

/** The input cannot be processed as given; the message names the input and the place. */
public class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
