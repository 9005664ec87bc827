package dev.partage.acl.rest;

import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Runs an idempotent transaction again when it lost a race for a row: a sharee's first listing
 * assigning names while another request of the same client does the same (DAVx5 and Apple clients
 * send requests in parallel), or while a deleted collection's views are being removed. Listing a
 * home must not fail for that; the second attempt sees what the winner committed.
 */
final class ConflictRetries {

  static final int ATTEMPTS = 3;

  private ConflictRetries() {}

  /** {@code transaction}'s result; its conflict, should it lose {@link #ATTEMPTS} times. */
  static <T> T retried(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (ConstraintViolationException lostTheRace) {
        if (attempt == ATTEMPTS) {
          throw lostTheRace;
        }
      }
    }
  }
}
