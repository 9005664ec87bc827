package dev.partage.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** Readiness checks over HTTP; a server that does not answer is simply "not ready yet". */
public final class HttpProbe {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** MicroProfile Health: {"status": "UP", ...}, with any spacing. */
  private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

  private HttpProbe() {}

  public static boolean answersOk(URI uri) {
    return get(uri).filter(answer -> answer.statusCode() == 200).isPresent();
  }

  /** A Quarkus {@code /q/health/ready} endpoint reports every check UP. */
  public static boolean healthUp(URI uri) {
    return get(uri)
        .filter(answer -> answer.statusCode() == 200 && STATUS_UP.matcher(answer.body()).find())
        .isPresent();
  }

  private static Optional<HttpResponse<String>> get(URI uri) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
      return Optional.of(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException notListeningYet) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
