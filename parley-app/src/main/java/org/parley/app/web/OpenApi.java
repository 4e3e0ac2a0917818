package org.parley.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.parley.core.json.ExtractionJson;

/** The API's OpenAPI 3 description, served at /openapi.json. */
final class OpenApi {
  private static final JsonNode DOCUMENT = load();

  private OpenApi() {}

  static JsonNode document() {
    return DOCUMENT;
  }

  private static JsonNode load() {
    try (InputStream in = OpenApi.class.getResourceAsStream("/org/parley/app/web/openapi.json")) {
      return ExtractionJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled OpenAPI document does not read", e);
    }
  }
}
