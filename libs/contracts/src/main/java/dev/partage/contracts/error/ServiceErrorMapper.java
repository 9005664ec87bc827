package dev.partage.contracts.error;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns a service's JSON error answer back into a {@link ServiceException} in the client. */
public class ServiceErrorMapper implements ResponseExceptionMapper<ServiceException> {

  @Override
  public ServiceException toThrowable(Response response) {
    ServiceError error = null;
    if (response.hasEntity()) {
      try {
        error = response.readEntity(ServiceError.class);
      } catch (RuntimeException unreadable) {
        // a body that is not a ServiceError (a proxy's page, say): keep the status alone
      }
    }
    if (error == null) {
      error = new ServiceError(response.getStatus(), null, null, response.getStatusInfo().getReasonPhrase(), null);
    }
    return new ServiceException(error);
  }
}
