package dev.partage.gateway.backend;

import dev.partage.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The gateway can serve only when the services behind it can. */
@Readiness
@ApplicationScoped
class ServicesReadiness implements HealthCheck {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI calendarService;

  ServicesReadiness(GatewayConfig config) {
    this.calendarService = URI.create(config.calendarServiceUrl().replaceAll("/+$", "") + "/q/health/ready");
  }

  @Override
  public HealthCheckResponse call() {
    boolean up = isUp(calendarService);
    return HealthCheckResponse.named("collection services").status(up).withData("calendar-service", up).build();
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
