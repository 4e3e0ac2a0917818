package org.parley.app.web;

/** A request the API refuses, with the status and the message the client gets back. */
final class ApiException extends RuntimeException {
  final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }
}
