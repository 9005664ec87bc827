package dev.partage.acl.policy;

/** A mail domain hosted on the platform, with its tenant and its sharing policy. */
public record HostedDomain(String name, String tenant, DomainPolicy policy) {

  /**
   * Whether accounts of this domain and of {@code other} may share with each other: both policies
   * must allow it, so that a domain restricted to itself is neither reached from outside nor
   * reaches out.
   */
  public boolean mayShareWith(HostedDomain other) {
    return policy.lets(this, other) && other.policy.lets(other, this);
  }
}
