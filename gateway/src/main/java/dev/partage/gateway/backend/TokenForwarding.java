package dev.partage.gateway.backend;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Sends the user's own access token with every internal call: the services verify it themselves
 * (ARCHITECTURE.md, Identity), so the gateway never speaks for a user it has not authenticated.
 */
@ApplicationScoped
class TokenForwarding implements ClientRequestFilter {

  private final CurrentIdentityAssociation identities;

  TokenForwarding(CurrentIdentityAssociation identities) {
    this.identities = identities;
  }

  @Override
  public void filter(ClientRequestContext request) {
    SecurityIdentity identity = identities.getIdentity();
    AccessTokenCredential token = identity == null ? null : identity.getCredential(AccessTokenCredential.class);
    if (token != null) {
      request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
    }
  }
}
