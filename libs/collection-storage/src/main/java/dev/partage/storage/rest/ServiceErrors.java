package dev.partage.storage.rest;

import dev.partage.contracts.error.ServiceError;
import dev.partage.contracts.error.ServiceException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals travel to the gateway as {@link ServiceError} JSON, never as a bare 500. */
public class ServiceErrors {

  private static final Logger LOG = Logger.getLogger(ServiceErrors.class);

  @ServerExceptionMapper
  public Response refused(ServiceException e) {
    return json(e.error());
  }

  /**
   * Two concurrent writes racing for the same name or UID: the loser's transaction is rolled back
   * whole, and the client is told to retry.
   */
  @ServerExceptionMapper
  public Response conflict(PersistenceException e) {
    if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
      return json(new ServiceError(409, null, null, "A concurrent change got there first; read the collection again and retry.", null));
    }
    LOG.error("storage failure", e);
    return json(new ServiceError(500, null, null, "The server could not complete this change; nothing was stored.", null));
  }

  private static Response json(ServiceError error) {
    return Response.status(error.status()).type(MediaType.APPLICATION_JSON).entity(error).build();
  }
}
