package dev.partage.gateway.backend;

import dev.partage.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway can serve only when every service behind it can: a calendar home lists the
 * collections of calendar-service and task-service, an address-book home those of contact-service,
 * and every request to someone else's collection or to a shared one asks acl-service.
 */
@Readiness
@ApplicationScoped
class ServicesReadiness implements HealthCheck {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Map<String, URI> services = new LinkedHashMap<>();

  ServicesReadiness(GatewayConfig config) {
    services.put("calendar-service", health(config.calendarServiceUrl()));
    services.put("task-service", health(config.taskServiceUrl()));
    services.put("contact-service", health(config.contactServiceUrl()));
    services.put("acl-service", health(config.aclServiceUrl()));
  }

  private static URI health(String baseUrl) {
    return URI.create(baseUrl.replaceAll("/+$", "") + "/q/health/ready");
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("partage services").up();
    services.forEach((name, health) -> {
      boolean up = isUp(health);
      response.withData(name, up);
      if (!up) {
        response.down();
      }
    });
    return response.build();
  }

  private boolean isUp(URI health) {
    try {
      HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
