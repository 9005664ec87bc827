package dev.partage.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InFlightLoginsTest {

  private static final BasicCredentials ALICE = new BasicCredentials("alice", "secret");
  private static final SecurityIdentity ALICE_IDENTITY =
      QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("alice")).build();

  private final InFlightLogins inFlight = new InFlightLogins(new CredentialDigest());
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicReference<UniEmitter<? super SecurityIdentity>> keycloak = new AtomicReference<>();

  /** A login that stays pending until the test completes it, as a slow Keycloak would. */
  private final Supplier<Uni<SecurityIdentity>> pendingLogin =
      () -> {
        started.incrementAndGet();
        return Uni.createFrom().<SecurityIdentity>emitter(keycloak::set);
      };

  @Test
  void requestsMissingTogetherShareOneLogin() {
    CompletableFuture<SecurityIdentity> first = inFlight.join(ALICE, pendingLogin).subscribeAsCompletionStage();
    CompletableFuture<SecurityIdentity> second = inFlight.join(ALICE, pendingLogin).subscribeAsCompletionStage();

    keycloak.get().complete(ALICE_IDENTITY);

    assertThat(started).hasValue(1);
    assertThat(first).isCompletedWithValue(ALICE_IDENTITY);
    assertThat(second).isCompletedWithValue(ALICE_IDENTITY);
  }

  @Test
  void aFinishedLoginIsNotReused() {
    inFlight.join(ALICE, pendingLogin).subscribeAsCompletionStage();
    keycloak.get().complete(ALICE_IDENTITY);

    inFlight.join(ALICE, pendingLogin).subscribeAsCompletionStage();

    assertThat(started).hasValue(2);
  }

  @Test
  void aFailureReachesEveryWaiterAndTheNextMissTriesAgain() {
    CompletableFuture<SecurityIdentity> first = inFlight.join(ALICE, pendingLogin).subscribeAsCompletionStage();
    CompletableFuture<SecurityIdentity> second = inFlight.join(ALICE, pendingLogin).subscribeAsCompletionStage();

    keycloak.get().fail(new AuthenticationFailedException("wrong user or password"));

    assertThatThrownBy(first::join).hasCauseInstanceOf(AuthenticationFailedException.class);
    assertThatThrownBy(second::join).hasCauseInstanceOf(AuthenticationFailedException.class);
    inFlight.join(ALICE, pendingLogin).subscribeAsCompletionStage();
    assertThat(started).hasValue(2);
  }

  @Test
  void otherCredentialsLogInOnTheirOwn() {
    inFlight.join(ALICE, pendingLogin).subscribeAsCompletionStage();
    inFlight.join(new BasicCredentials("alice", "guess"), pendingLogin).subscribeAsCompletionStage();

    assertThat(started).hasValue(2);
  }
}
