package dev.partage.acl.service;

import dev.partage.acl.keycloak.Account;
import dev.partage.acl.keycloak.KeycloakAccounts;
import dev.partage.acl.policy.Address;
import dev.partage.acl.policy.HostedDomain;
import dev.partage.contracts.acl.Person;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * People a user may share with, found by the start of their name or address: what the webmail's
 * share dialog completes. Nobody a domain policy hides from the asker is ever listed (ARCHITECTURE.md,
 * Rights), nor the asker themselves.
 */
@ApplicationScoped
public class Directory {

  public static final int MAX_ANSWERS = 20;

  /**
   * Keycloak is asked for more than is shown: policy filtering drops some, and 20 survivors out of
   * 100 candidates is plenty for a completion list that narrows as the user types.
   */
  private static final int CANDIDATES = 100;

  private final KeycloakAccounts accounts;
  private final HostedDomains domains;

  Directory(KeycloakAccounts accounts, HostedDomains domains) {
    this.accounts = accounts;
    this.domains = domains;
  }

  public List<Person> find(Address asker, String query) {
    String prefix = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    Map<String, HostedDomain> hosted = domains.all();
    HostedDomain askerDomain = hosted.get(asker.domain());
    if (prefix.isEmpty() || askerDomain == null) {
      return List.of();
    }
    return accounts.search(prefix, CANDIDATES).stream()
        .filter(account -> !account.address().equals(asker))
        .filter(account -> startsWith(account, prefix))
        .filter(account -> {
          HostedDomain domain = hosted.get(account.address().domain());
          return domain != null && askerDomain.mayShareWith(domain);
        })
        .limit(MAX_ANSWERS)
        .map(account -> new Person(account.address().toString(), account.shownName()))
        .toList();
  }

  /** By address, or by any word of the name: "bern" finds Alexandre Bernard. */
  static boolean startsWith(Account account, String prefix) {
    if (account.address().toString().startsWith(prefix)) {
      return true;
    }
    String name = account.displayName() == null ? "" : account.displayName().toLowerCase(Locale.ROOT);
    return name.startsWith(prefix) || Arrays.stream(name.split("\\s+")).anyMatch(word -> word.startsWith(prefix));
  }
}
