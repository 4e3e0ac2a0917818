package org.parley.core.error;

/** Parley failed while processing valid input (a model failed to load, a stage broke). */
public class ProcessingException extends RuntimeException {
  public ProcessingException(String message) {
    super(message);
  }

  public ProcessingException(String message, Throwable cause) {
    super(message, cause);
  }
}
