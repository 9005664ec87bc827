package dev.partage.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Port probing on 127.0.0.1, the only interface the local stack listens on. */
public final class LoopbackPorts {

  static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private LoopbackPorts() {}

  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      // As servers do: connections of a stack that just stopped linger in TIME_WAIT, and they
      // would make a port look busy that PostgreSQL or Kafka can bind again.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(LOOPBACK, port));
      return true;
    } catch (IOException busy) {
      return false;
    }
  }

  /**
   * Distinct ports the kernel considers free right now. All sockets are held open until every port
   * is chosen, so the same port is never handed out twice.
   */
  public static List<Integer> free(int count) {
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, LOOPBACK);
        held.add(socket);
      }
      return held.stream().map(ServerSocket::getLocalPort).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on 127.0.0.1", e);
    } finally {
      held.forEach(LoopbackPorts::closeQuietly);
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // The port is released by the kernel either way.
    }
  }
}
