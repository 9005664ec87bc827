package dev.partage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Access;
import dev.partage.e2e.support.CollectionType;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.Sharing;
import dev.partage.e2e.support.SharingWay;
import dev.partage.e2e.support.SharingWay.OwnedCollection;
import dev.partage.stack.GatewayReplica;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two gateways of one stack, as two Kubernetes replicas (ARCHITECTURE.md, Scale-out): a share
 * made or revoked through replica A is honoured by replica B, whose caches hear of it through the
 * grant events alone (issue 5: "a revocation takes effect everywhere within a second, including
 * with several gateway replicas").
 */
@ExtendWith(StackExtension.class)
class GatewayReplicasIT {

  private static GatewayReplica replicaB;

  @BeforeAll
  static void startReplicaB(Stack stack) {
    replicaB = stack.startGatewayReplica();
  }

  @AfterAll
  static void stopReplicaB() {
    replicaB.close();
  }

  @Test
  void aGrantMadeThroughOneReplicaIsHonouredByTheOther(Stack stack) {
    Dav gillesOnA = Dav.as(stack, Dav.GILLES);
    Dav davidOnB = Dav.as(stack.through(replicaB.url()), Dav.DAVID);
    OwnedCollection calendar = newCalendar(gillesOnA);
    // B lists David's home before the share, so it holds a home without the calendar.
    assertThat(SharingWay.DAV_CS_SHARE.find(davidOnB, calendar, Dav.GILLES)).isEmpty();

    SharingWay.DAV_CS_SHARE.share(gillesOnA, calendar, Map.of(Dav.DAVID, Access.READ));

    String davidsCopy = SharingWay.DAV_CS_SHARE.awaitFound(davidOnB, calendar, Dav.GILLES).path();
    assertThat(davidOnB.version(davidsCopy)).isEqualTo(gillesOnA.version(calendar.path()));
  }

  @Test
  void aRevocationThroughOneReplicaReachesTheOtherWithinSeconds(Stack stack) {
    Dav gillesOnA = Dav.as(stack, Dav.GILLES);
    Dav davidOnA = Dav.as(stack, Dav.DAVID);
    Dav davidOnB = Dav.as(stack.through(replicaB.url()), Dav.DAVID);
    OwnedCollection calendar = newCalendar(gillesOnA);
    SharingWay.DAV_CS_SHARE.share(gillesOnA, calendar, Map.of(Dav.DAVID, Access.READ));
    String davidsCopy = SharingWay.DAV_CS_SHARE.find(davidOnA, calendar, Dav.GILLES).orElseThrow().path();
    assertThat(SharingWay.DAV_CS_SHARE.awaitFound(davidOnB, calendar, Dav.GILLES).path()).isEqualTo(davidsCopy);
    // Both replicas decide that David may read, and keep that decision in their caches.
    assertThat(davidOnB.version(davidsCopy)).isEqualTo(davidOnA.version(davidsCopy));

    SharingWay.DAV_CS_SHARE.revoke(gillesOnA, calendar, Dav.DAVID);

    Sharing.awaitNotFound(davidOnB, davidsCopy);
    assertThat(SharingWay.DAV_CS_SHARE.find(davidOnB, calendar, Dav.GILLES)).isEmpty();
    Sharing.awaitNotFound(davidOnA, davidsCopy);
  }

  private static OwnedCollection newCalendar(Dav owner) {
    return SharingWay.DAV_CS_SHARE.create(
        owner, CollectionType.CALENDAR, "Répliques " + UUID.randomUUID(), "#3A87ADFF", "Two gateways");
  }
}
