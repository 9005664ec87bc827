package dev.partage.acl.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** A transaction that lost a race for a row runs again, a bounded number of times. */
class ConflictRetriesTest {

  private final AtomicInteger runs = new AtomicInteger();

  @Test
  void aTransactionThatLostARaceRunsAgainAndItsAnswerIsReturned() {
    String answer = ConflictRetries.retried(() -> runs.incrementAndGet() == 1 ? lost() : "listed");

    assertThat(answer).isEqualTo("listed");
    assertThat(runs).hasValue(2);
  }

  @Test
  void aTransactionThatKeepsLosingGivesItsConflictAfterTheLastAttempt() {
    assertThatThrownBy(() -> ConflictRetries.retried(() -> {
      runs.incrementAndGet();
      return lost();
    })).isInstanceOf(ConstraintViolationException.class);
    assertThat(runs).hasValue(ConflictRetries.ATTEMPTS);
  }

  @Test
  void anyOtherFailureIsNotRetried() {
    assertThatThrownBy(() -> ConflictRetries.retried(() -> {
      runs.incrementAndGet();
      throw new IllegalStateException("not a race");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(runs).hasValue(1);
  }

  private static String lost() {
    throw new ConstraintViolationException("duplicate key", new SQLException("23505"), "sharee_view_name");
  }
}
