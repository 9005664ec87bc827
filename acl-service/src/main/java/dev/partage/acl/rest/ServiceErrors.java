package dev.partage.acl.rest;

import dev.partage.contracts.error.ServiceError;
import dev.partage.contracts.error.ServiceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals travel to the gateway as {@link ServiceError} JSON, which its REST client turns back. */
public class ServiceErrors {

  @ServerExceptionMapper
  public Response refused(ServiceException e) {
    return json(e.error());
  }

  /**
   * Two concurrent requests racing for the same row (two first listings of one sharee's home
   * assigning names, two shares adding the same grantee): the loser is rolled back whole and may
   * simply retry.
   */
  @ServerExceptionMapper
  public Response conflict(ConstraintViolationException e) {
    return json(new ServiceError(409, null, null, "A concurrent change got there first; nothing was changed. Retry.", null));
  }

  private static Response json(ServiceError error) {
    return Response.status(error.status()).type(MediaType.APPLICATION_JSON).entity(error).build();
  }
}
