package org.parley.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.time.LocalDate;
import org.parley.pipeline.ingest.Candidate;

/**
 * A prepared article as it travels between the job's operators: JSON of the records it is made of,
 * so that it is prepared once, at the start, and read back whole before extraction.
 */
final class CandidateJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new SimpleModule("dates")
          .addSerializer(LocalDate.class, ToStringSerializer.instance)
          .addDeserializer(LocalDate.class, new com.fasterxml.jackson.databind.deser.std.FromStringDeserializer<>(LocalDate.class) {
            @Override
            protected LocalDate _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
              return LocalDate.parse(value);
            }
          }));

  private CandidateJson() {}

  static String write(Candidate candidate) {
    try {
      return MAPPER.writeValueAsString(candidate);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a prepared article is made of records only: " + e.getMessage(), e);
    }
  }

  static Candidate read(String json) {
    try {
      return MAPPER.readValue(json, Candidate.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not a prepared article written by this job: " + e.getMessage(), e);
    }
  }
}
