package dev.partage.contracts.error;

/** Thrown on both sides of the internal API for a {@link ServiceError}. */
public class ServiceException extends RuntimeException {

  private final ServiceError error;

  public ServiceException(ServiceError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  public ServiceException(int status, String namespace, String condition, String message) {
    this(new ServiceError(status, namespace, condition, message, null));
  }

  public ServiceError error() {
    return error;
  }

  public int status() {
    return error.status();
  }

  public static ServiceException notFound(String message) {
    return new ServiceException(404, null, null, message);
  }

  public static ServiceException preconditionFailed(String message) {
    return new ServiceException(412, null, null, message);
  }
}
