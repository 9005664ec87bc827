package dev.partage.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The loopback ports of every part of the stack. */
public record StackPorts(
    int postgres,
    int kafkaBroker,
    int kafkaController,
    int keycloak,
    int calendarService,
    int taskService,
    int contactService,
    int aclService,
    int gateway) {

  public static final int DEFAULT_GATEWAY = 8080;

  /** The fixed ports of `./partage up`; only the gateway's is chosen by the user. */
  public static StackPorts defaults(int gatewayPort) {
    return new StackPorts(15432, 19092, 19093, 18080, 8081, 8082, 8083, 8084, gatewayPort);
  }

  /** Ports nobody uses right now, for a stack that runs beside another one (the e2e tests). */
  public static StackPorts free() {
    List<Integer> ports = LoopbackPorts.free(9);
    return new StackPorts(ports.get(0), ports.get(1), ports.get(2), ports.get(3), ports.get(4), ports.get(5),
        ports.get(6), ports.get(7), ports.get(8));
  }

  /**
   * The infrastructure's ports with the name of the part that needs each, to say which one is
   * busy. Service ports are named by their {@link ServiceSpec}.
   */
  public Map<String, Integer> infrastructureByOwner() {
    Map<String, Integer> owners = new LinkedHashMap<>();
    owners.put("PostgreSQL", postgres);
    owners.put("Kafka broker", kafkaBroker);
    owners.put("Kafka controller", kafkaController);
    owners.put("Keycloak", keycloak);
    return owners;
  }
}
