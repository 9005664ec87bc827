package dev.partage.acl.policy;

/** With whom a hosted domain lets its accounts share (ARCHITECTURE.md, Rights). */
public enum DomainPolicy {
  /** Any domain hosted on the platform; the default. */
  PLATFORM,
  /** The domains of the same tenant. */
  TENANT,
  /** Its own domain only. */
  DOMAIN;

  boolean lets(HostedDomain self, HostedDomain other) {
    return switch (this) {
      case PLATFORM -> true;
      case TENANT -> self.tenant().equals(other.tenant());
      case DOMAIN -> self.name().equals(other.name());
    };
  }
}
