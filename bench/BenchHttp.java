import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the load benches ask of VITA's API besides the measured requests: accounts, JSON fields. */
final class BenchHttp {

  static final HttpClient HTTP =
      // HTTP/1.1, as a load balancer forwards: the JDK client's h2c upgrade once lost a connection
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  static final String PASSWORD = "Correct-h0rse";

  private BenchHttp() {}

  /** A new account made a seller, signed in again so its token carries the role. */
  static String sellerToken(String base) throws Exception {
    String email = "bench-" + UUID.randomUUID() + "@example.com";
    String body = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
        + "\",\"firstName\":\"Bench\",\"lastName\":\"Seller\"}";
    String token = field(post(base + "/api/v1/auth/register", null, body), "token");
    post(base + "/api/v1/auth/seller", token, "");
    return field(post(base + "/api/v1/auth/login", null,
        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"), "token");
  }

  /** POSTs JSON (none when empty) and returns the body; anything but 2xx is an error. */
  static String post(String url, String token, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(json));
    if (!json.isEmpty()) {
      request.header("Content-Type", "application/json");
    }
    return send(request, token);
  }

  /** GETs the URL and returns the body; anything but 2xx is an error. */
  static String get(String url, String token) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
  }

  static String send(HttpRequest.Builder request, String token) throws Exception {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpRequest built = request.build();
    HttpResponse<String> r = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(built.uri() + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /** The first string field of that name in a JSON text (the benches read ids and tokens). */
  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("No " + name + " in " + json);
    }
    return m.group(1);
  }

  /** The p-th percentile (nearest rank) of the values, or -1 when there are none. */
  static long percentile(List<Long> values, int percent) {
    List<Long> sorted;
    synchronized (values) {
      sorted = values.stream().sorted().toList();
    }
    if (sorted.isEmpty()) {
      return -1;
    }
    int index = (int) Math.ceil(sorted.size() * percent / 100.0) - 1;
    return sorted.get(Math.max(0, index));
  }
}
