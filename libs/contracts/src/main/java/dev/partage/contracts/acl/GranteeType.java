package dev.partage.contracts.acl;

/** Who a grant is for (ARCHITECTURE.md, Rights). */
public enum GranteeType {
  /** One account, named by its mail address (the Keycloak username). */
  USER,
  /** A Keycloak group, by name: its members at the time of each decision. */
  GROUP,
  /** Every account of a hosted domain, e.g. {@code namebay.example}. */
  DOMAIN
}
