package dev.partage.acl.keycloak;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Keycloak's UserRepresentation, the fields used here. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeycloakUser(
    String id, String username, String email, String firstName, String lastName, Boolean enabled) {}
