package com.vita.testing;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the part of Cregis' project API VITA uses, from Cregis' API docs: {@code POST
 * /api/v1/address/create}, {@code /api/v1/payout} and {@code /api/v1/payout/query}, JSON bodies
 * only, answers {@code {code, msg, data}} with {@code 00000} for success and Cregis' documented
 * error codes (E0003 unknown project, E0005 unsupported coin, E0006 amount not positive, E0009
 * repeated third_party_id, E0015 unknown order). Every request of ours must carry {@code pid}, a
 * millisecond {@code timestamp} within 300 s, a 6-character {@code nonce} never sent before and a
 * {@code sign} by Cregis' rule; a request that fails them is refused with {@link #SIGN_ERROR}
 * (Cregis' docs give a sign failure only as the message 签名错误, with no code in their list, so this
 * code is the fake's own).
 *
 * <p>It also plays Cregis' side of the callbacks: {@link SignedAsCregis} builds their bodies,
 * {@link #post} delivers one to VITA and returns VITA's answer.
 */
public final class FakeCregis implements AutoCloseable {

  public static final String API_KEY = "f502a9ac9ca54327986f29c03b271491";
  public static final long PROJECT_ID = 1382528827416576L;
  public static final String CHAIN_ID = "195";

  /** USDT on TRON, as Cregis names a coin: chain_id@token_id. */
  public static final String TOKEN_ID = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";

  public static final String COIN = CHAIN_ID + "@" + TOKEN_ID;
  public static final String SIGN_ERROR = "E9001";

  /** A request as received, with the code it was answered. */
  public record Request(String path, Map<String, String> params, String code) {}

  /** A payout as Cregis holds it. */
  public record Payout(
      String cid,
      String thirdPartyId,
      String currency,
      String address,
      String amount,
      int status) {}

  private final LocalHttpServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Set<String> nonces = new HashSet<>();
  private final Map<String, Payout> payouts = new HashMap<>();
  private final AtomicLong cids = new AtomicLong(1_382_626_461_605_888L);

  private FakeCregis(LocalHttpServer server) {
    this.server = server;
  }

  public static FakeCregis start() throws IOException {
    LocalHttpServer server = LocalHttpServer.create();
    FakeCregis cregis = new FakeCregis(server);
    server.createContext("/", cregis::handle);
    server.start();
    return cregis;
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public synchronized List<Payout> payouts() {
    return List.copyOf(payouts.values());
  }

  /** Delivers a callback body to VITA: its status and body. */
  public HttpResponse<String> post(URI target, String body) {
    try {
      return http.send(
          HttpRequest.newBuilder(target)
              .header("Content-Type", "application/json")
              .timeout(Duration.ofSeconds(30))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      JsonObject answer;
      Map<String, String> params = Map.of();
      if (!"POST".equals(exchange.getRequestMethod())) {
        write(exchange, 405, Json.createObjectBuilder().add("code", "405").build());
        return;
      }
      try (JsonReader reader = Json.createReader(new StringReader(text))) {
        params = SignedAsCregis.paramsOf(reader.readObject());
        answer = answer(path, params);
      } catch (RuntimeException e) {
        answer = failure("E9002", "body is not JSON: " + e.getMessage());
      }
      requests.add(new Request(path, params, answer.getString("code")));
      write(exchange, 200, answer);
    }
  }

  private synchronized JsonObject answer(String path, Map<String, String> params) {
    String problem = systemParamsProblem(params);
    if (problem != null) {
      return failure(SIGN_ERROR, problem);
    }
    if (!Long.toString(PROJECT_ID).equals(params.get("pid"))) {
      return failure("E0003", "项目不存在或项目状态异常");
    }
    return switch (path) {
      case "/api/v1/address/create" -> createAddress(params);
      case "/api/v1/payout" -> payout(params);
      case "/api/v1/payout/query" -> query(params);
      default -> failure("E9003", "no such endpoint " + path);
    };
  }

  private String systemParamsProblem(Map<String, String> params) {
    String sign = params.get("sign");
    if (sign == null || !sign.equals(SignedAsCregis.sign(params, API_KEY))) {
      return "签名错误";
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(params.getOrDefault("timestamp", ""));
    } catch (NumberFormatException e) {
      return "timestamp missing";
    }
    if (Math.abs(System.currentTimeMillis() - timestamp) > 300_000) {
      return "timestamp expired";
    }
    String nonce = params.getOrDefault("nonce", "");
    if (nonce.length() != 6) {
      return "nonce must be 6 characters";
    }
    if (!nonces.add(nonce)) {
      return "nonce used before";
    }
    return null;
  }

  private JsonObject createAddress(Map<String, String> params) {
    if (!CHAIN_ID.equals(params.get("chain_id"))) {
      return failure("E0005", "不支持的币种");
    }
    if (params.getOrDefault("callback_url", "").isBlank()) {
      return failure("E9004", "callback_url is required");
    }
    String address = "T" + HexFormat.of().formatHex(SignedAsCregis.randomBytes(16)) + "F";
    return ok(Json.createObjectBuilder().add("address", address));
  }

  private JsonObject payout(Map<String, String> params) {
    for (String required :
        List.of("currency", "address", "amount", "third_party_id", "remark", "callback_url")) {
      if (params.getOrDefault(required, "").isBlank()) {
        return failure("E9004", required + " is required");
      }
    }
    if (!COIN.equals(params.get("currency"))) {
      return failure("E0005", "不支持的币种");
    }
    if (new java.math.BigDecimal(params.get("amount")).signum() <= 0) {
      return failure("E0006", "提币金额需大于0");
    }
    if (params.get("remark").length() > 20) {
      return failure("E0002", "备注须是20位字符以内组合");
    }
    String thirdPartyId = params.get("third_party_id");
    if (payouts.values().stream().anyMatch(p -> p.thirdPartyId().equals(thirdPartyId))) {
      return failure("E0009", "业务编号重复");
    }
    String cid = Long.toString(cids.incrementAndGet());
    payouts.put(
        cid,
        new Payout(
            cid,
            thirdPartyId,
            params.get("currency"),
            params.get("address"),
            params.get("amount"),
            0));
    return ok(Json.createObjectBuilder().add("cid", Long.parseLong(cid)));
  }

  private JsonObject query(Map<String, String> params) {
    Payout payout = payouts.get(params.getOrDefault("cid", ""));
    if (payout == null) {
      return failure("E0015", "项目订单不存在");
    }
    return ok(
        Json.createObjectBuilder()
            .add("pid", PROJECT_ID)
            .add("chain_id", CHAIN_ID)
            .add("token_id", TOKEN_ID)
            .add("currency", payout.currency())
            .add("address", payout.address())
            .add("amount", payout.amount())
            .add("status", payout.status())
            .add("third_party_id", payout.thirdPartyId())
            .add("remark", "VITA payout"));
  }

  private static JsonObject ok(JsonObjectBuilder data) {
    return Json.createObjectBuilder()
        .add("code", "00000")
        .add("msg", "ok")
        .add("data", data)
        .build();
  }

  private static JsonObject failure(String code, String message) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("msg", message)
        .add("data", JsonValue.NULL)
        .build();
  }

  private static void write(HttpExchange exchange, int status, JsonObject body) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
