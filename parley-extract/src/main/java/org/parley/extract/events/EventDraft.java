package org.parley.extract.events;

import java.util.Optional;
import org.parley.core.record.Actor;
import org.parley.core.record.Location;
import org.parley.core.record.Mention;
import org.parley.core.record.Modality;
import org.parley.core.time.TimeValue;

/**
 * One coded mention of an event before mentions of the same event are merged.
 *
 * @param dateFromContext whether the date was carried over from earlier sentences rather than
 *     stated in the event's clause: such a date gives way to a stated one when merging
 */
record EventDraft(
    TriggerPattern pattern,
    String cameo,
    Actor source,
    Optional<Actor> target,
    Modality modality,
    Optional<TimeValue> date,
    Optional<String> dateText,
    boolean dateFromContext,
    Optional<Location> location,
    int sentence,
    Mention trigger,
    String evidence,
    double confidence) {

  String root() {
    return cameo.substring(0, 2);
  }

  String sourceKey() {
    return source.code().orElse(source.id());
  }

  String targetKey() {
    return target.map(t -> t.code().orElse(t.id())).orElse("");
  }
}
