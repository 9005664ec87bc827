package dev.partage.acl.keycloak;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Keycloak's GroupRepresentation, the fields used here. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeycloakGroup(String id, String name, String path) {}
