package org.parley.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.core.record.Event;
import org.parley.core.record.Mention;
import org.parley.core.time.TimeValue;

/**
 * One event per happening: mentions with the same CAMEO code, the same actor codes at both ends,
 * the same modality and compatible dates (equal, or one only inferred from context) become one
 * event whose {@code mentions} list every trigger.
 */
final class EventMerger {
  private final Codebook codebook;

  EventMerger(Codebook codebook) {
    this.codebook = codebook;
  }

  List<Event> merge(List<EventDraft> drafts) {
    List<List<EventDraft>> groups = new ArrayList<>();
    for (EventDraft d : drafts) {
      Optional<List<EventDraft>> same = groups.stream().filter(g -> sameEvent(g, d)).findFirst();
      if (same.isPresent()) {
        same.get().add(d);
      } else {
        groups.add(new ArrayList<>(List.of(d)));
      }
    }
    List<Event> events = new ArrayList<>();
    for (List<EventDraft> group : groups) {
      events.add(toEvent("e" + (events.size() + 1), group));
    }
    return events;
  }

  private static boolean sameEvent(List<EventDraft> group, EventDraft d) {
    EventDraft first = group.get(0);
    if (!first.cameo().equals(d.cameo()) || first.modality() != d.modality()
        || !first.sourceKey().equals(d.sourceKey()) || !first.targetKey().equals(d.targetKey())) {
      return false;
    }
    Optional<EventDraft> stated = group.stream().filter(g -> g.date().isPresent() && !g.dateFromContext()).findFirst();
    if (stated.isEmpty() || d.date().isEmpty() || d.dateFromContext()) {
      return true;
    }
    return Objects.equals(stated.get().date(), d.date());
  }

  private Event toEvent(String id, List<EventDraft> group) {
    EventDraft lead = group.get(0);
    EventDraft dated = group.stream().filter(g -> g.date().isPresent() && !g.dateFromContext()).findFirst()
        .or(() -> group.stream().filter(g -> g.date().isPresent()).findFirst())
        .orElse(lead);
    Optional<TimeValue> date = dated.date();
    var entry = codebook.lookup(lead.cameo()).orElseThrow();
    double confidence = group.stream().mapToDouble(EventDraft::confidence).max().orElse(lead.confidence());
    List<Mention> mentions = group.stream().map(EventDraft::trigger).toList();
    return new Event(
        id,
        lead.cameo(),
        entry.plover(),
        Optional.of(lead.source().id()),
        lead.target().map(t -> t.id()),
        lead.source().code(),
        lead.target().flatMap(t -> t.code()),
        lead.modality(),
        date,
        dated.dateText(),
        group.stream().map(EventDraft::location).flatMap(Optional::stream).findFirst(),
        entry.goldstein(),
        entry.quad(),
        lead.sentence(),
        lead.trigger(),
        lead.evidence(),
        Math.min(1.0, confidence + 0.05 * (group.size() - 1)),
        lead.pattern().id(),
        mentions);
  }
}
