package org.parley.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.parley.core.error.ProcessingException;
import org.parley.core.record.Extraction;

/** Writes extraction records as the spec's JSON; one configured mapper for the whole project. */
public final class ExtractionJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          // Records carry derived fields (an actor's `code`) and later versions add fields: read on.
          .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ExtractionJson() {}

  /** The mapper Parley uses for its records; treat it as read-only. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Reads one record back from its JSON. */
  public static Extraction fromJson(String json) {
    try {
      return MAPPER.readValue(json, Extraction.class);
    } catch (JsonProcessingException e) {
      throw new ProcessingException("not an extraction record: " + e.getOriginalMessage(), e);
    }
  }

  /** One record as one line of JSON (no line breaks), for JSON Lines output. */
  public static String toLine(Extraction extraction) {
    try {
      return MAPPER.writeValueAsString(extraction);
    } catch (JsonProcessingException e) {
      throw new ProcessingException("cannot write record " + extraction.id() + " as JSON", e);
    }
  }
}
