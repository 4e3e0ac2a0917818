package org.parley.core.record;

/** What sort of actor: the spec's {@code actors[].kind}. */
public enum ActorKind {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  GROUP,
  ANONYMOUS
}
