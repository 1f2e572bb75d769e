package com.vita.platform.http;

import com.vita.platform.production.DeploymentMode;
import com.vita.platform.ratelimit.IpRange;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may reach the operators' endpoints: {@code /metrics} (Prometheus scrapes it) and the OpenAPI
 * document and UI. In production they are off the public surface: only clients in {@code
 * metrics.allowed-networks} (default: loopback) reach them, and OpenAPI too unless {@code
 * openapi.public} says it is public. Locally everything is open unless the networks are set. The
 * client is the one {@link com.vita.platform.ratelimit.ClientAddresses} finds: behind a trusted
 * load balancer the address it forwarded, never the balancer's own, so routing the internet through
 * it does not make the internet an operator.
 */
@ApplicationScoped
public class OperatorEndpoints {

  /** Production's default: a scraper on the same host (a sidecar shares the task's loopback). */
  static final List<String> LOOPBACK = List.of("127.0.0.0/8", "::1");

  private static final System.Logger LOG = System.getLogger(OperatorEndpoints.class.getName());

  @Inject DeploymentMode mode;

  // Optional<String>, not Optional<List<String>>: Payara's config producer fails on the latter.
  @Inject
  @ConfigProperty(name = "metrics.allowed-networks")
  Optional<String> allowedNetworks;

  @Inject
  @ConfigProperty(name = "openapi.public")
  Optional<String> openApiPublic;

  /** Null: anyone (local mode without networks). */
  private List<IpRange> operators;

  private List<String> networks;

  private boolean openApiForAnyone;

  public OperatorEndpoints() {}

  OperatorEndpoints(
      boolean production, Optional<String> allowedNetworks, Optional<String> openApiPublic) {
    configure(production, allowedNetworks, openApiPublic);
  }

  @PostConstruct
  void readSettings() {
    configure(mode.production(), allowedNetworks, openApiPublic);
    if (operators != null) {
      LOG.log(
          System.Logger.Level.INFO,
          "Only {0} reach /metrics{1}",
          String.join(", ", networks),
          openApiForAnyone ? "" : " and OpenAPI");
    }
  }

  /** Created at start-up, so a malformed network fails the deployment, not every scrape. */
  void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  private void configure(
      boolean production, Optional<String> allowedNetworks, Optional<String> openApiPublic) {
    networks =
        allowedNetworks
            .filter(value -> !value.isBlank())
            .map(
                value ->
                    Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(entry -> !entry.isEmpty())
                        .toList())
            .orElse(production ? LOOPBACK : null);
    operators = networks == null ? null : IpRange.parseAll("metrics.allowed-networks", networks);
    openApiForAnyone =
        openApiPublic
            .map(String::strip)
            .filter(value -> !value.isEmpty())
            .map(OperatorEndpoints::strictBoolean)
            .orElse(!production);
  }

  /** A typo must not open the endpoints, nor close them by surprise: true or false only. */
  private static boolean strictBoolean(String value) {
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new IllegalArgumentException("openapi.public: '" + value + "' is not true or false");
  }

  /**
   * Whether the client may have the path, one of the operators' endpoints ({@code /metrics...},
   * {@code /openapi...}, {@code /openapi-ui/...}); any other path counts as {@code /metrics}.
   *
   * @param client the client's address, empty when the peer is not an IP address
   */
  boolean permits(String path, Optional<InetAddress> client) {
    if (isOpenApi(path) && openApiForAnyone) {
      return true;
    }
    return operators == null
        || client
            .filter(address -> operators.stream().anyMatch(r -> r.contains(address)))
            .isPresent();
  }

  private static boolean isOpenApi(String path) {
    return path.equals("/openapi")
        || path.startsWith("/openapi/")
        || path.equals("/openapi-ui")
        || path.startsWith("/openapi-ui/");
  }
}
