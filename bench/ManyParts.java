import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finding 2 of the hardening issue, full size: a buyer posts to {@code /api/v1/kyb/initiate} a
 * multipart body of 900,000 one-byte parts (48.6 MB, under the 50 MB multipart limit), four at once,
 * for several rounds. Reported: each answer's status and time (from the first byte sent), the heap
 * in use before (after a full GC), its peak while the bodies arrive (sampled with jcmd) and after
 * (full GC), and, beside it in the same run, the time of a normal KYB submission (five fields and
 * one document): the limit the refusal is compared to. Run through bench/many-parts.sh.
 */
public final class ManyParts {

  public static void main(String[] args) throws Exception {
    int parts = args.length > 0 ? Integer.parseInt(args[0]) : 900_000;
    int parallel = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    String war = System.getenv().getOrDefault("BENCH_WAR", "target/vita.war");
    String boundary = "vita-"; // 54 bytes a part: 48.6 MB, as in the finding
    byte[] body = manyParts(boundary, parts);
    System.out.printf(Locale.ROOT, "WAR %s; %d parts, %.1f MB, %d in parallel, %d rounds; JVM flags %s%n", war, parts, body.length / 1e6, parallel, rounds, String.join(" ", BenchVita.PRODUCTION_FLAGS));
    try (BenchVita vita = BenchVita.start("many-parts", Path.of(war))) {
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      String token = register(http, vita.base);
      try {
        register(HttpClient.newHttpClient(), vita.base); // HTTP/2 first: a POST with Upgrade: h2c
        System.out.println("a POST with Upgrade: h2c (Java's HttpClient default): 201");
      } catch (Exception e) {
        System.out.println("a POST with Upgrade: h2c (Java's HttpClient default) failed: " + e);
      }
      double normal = normalSubmission(http, vita.base, token);
      System.out.printf(Locale.ROOT, "normal KYB submission: %.0f ms%n", normal);
      long before = vita.heapAfterGcMb();
      System.out.println("heap after GC before the attack: " + before + " MB");
      ExecutorService pool = Executors.newFixedThreadPool(parallel);
      double slowest = 0;
      for (int round = 1; round <= rounds; round++) {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
          while (running.get()) {
            try {
              peak.accumulateAndGet(vita.heapUsedMb(), Math::max);
            } catch (Exception e) {
              return;
            }
          }
        });
        sampler.start();
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
          answers.add(pool.submit(() -> post(vita.base, token, boundary, body)));
        }
        StringBuilder line = new StringBuilder("round " + round + ":");
        for (Future<String> answer : answers) {
          String result = answer.get();
          line.append(' ').append(result).append(';');
          slowest = Math.max(slowest, Double.parseDouble(result.replaceAll(".* in (\\d+) ms.*", "$1")));
        }
        running.set(false);
        sampler.join();
        System.out.println(line + " heap peak while sending " + peak.get() + " MB");
      }
      pool.shutdown();
      long after = vita.heapAfterGcMb();
      double normalAfter = normalSubmission(http, vita.base, token);
      System.out.printf(Locale.ROOT, "heap after GC: before %d MB, after %d MB; slowest refusal %.0f ms = x%.2f a normal submission (%.0f ms); a normal submission after the attack %.0f ms%n", before, after, slowest, slowest / normal, normal, normalAfter);
      System.out.println("log lines with a stack frame or exception: " + BenchVita.stackTraceLines("many-parts"));
    }
  }

  static byte[] manyParts(String boundary, int parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(parts * 60);
    byte[] part = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"n\"\r\n\r\nx\r\n").getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < parts; i++) {
      out.writeBytes(part);
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** Sends the body on a raw socket while reading the answer; "status in N ms" from the first byte. */
  static String post(URI base, String token, String boundary, byte[] body) throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(300_000);
      String head = "POST /api/v1/kyb/initiate HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + body.length + "\r\n\r\n";
      long start = System.nanoTime();
      Thread writer = new Thread(() -> {
        try {
          OutputStream out = socket.getOutputStream();
          out.write(head.getBytes(StandardCharsets.US_ASCII));
          for (int off = 0; off < body.length; off += 64 * 1024) {
            out.write(body, off, Math.min(64 * 1024, body.length - off));
          }
          out.flush();
        } catch (IOException refusedMidway) {
          // the server answered and closed before the whole body was sent
        }
      });
      writer.start();
      InputStream in = socket.getInputStream();
      byte[] answer = new byte[16];
      int n;
      try {
        n = in.readNBytes(answer, 0, 12);
      } catch (IOException e) {
        writer.join();
        return "reset without an answer in " + (System.nanoTime() - start) / 1_000_000 + " ms";
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      socket.close();
      writer.join();
      return (n >= 12 ? new String(answer, 9, 3, StandardCharsets.US_ASCII) : "closed") + " in " + millis + " ms";
    }
  }

  static String register(HttpClient http, URI base) throws Exception {
    String email = "bench-" + UUID.randomUUID() + "@example.com";
    String json = "{\"email\":\"" + email + "\",\"password\":\"Correct-h0rse\",\"name\":\"Bench Buyer\"}";
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/register")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("register: " + response.statusCode() + " " + response.body());
    }
    return response.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  /** A draft-free submission: five fields and one small PDF, as a client sends it; its time in ms. */
  static double normalSubmission(HttpClient http, URI base, String token) throws Exception {
    String boundary = "n" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[][] fields = {{"legalName", "Comercial Bench SpA"}, {"country", "CL"}, {"taxId", rut()}, {"legalRepresentative", "Ana Pérez"}, {"economicActivity", "Retail"}};
    for (String[] field : fields) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"documents\"; filename=\"escritura.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes("%PDF-1.4\n%bench\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/kyb/initiate")).header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    double millis = (System.nanoTime() - start) / 1e6;
    if (response.statusCode() != 201) {
      throw new IllegalStateException("normal submission: " + response.statusCode() + " " + response.body());
    }
    return millis;
  }

  /** A random Chilean RUT with its check digit (modulo 11). */
  static String rut() {
    int number = 10_000_000 + new java.util.Random().nextInt(80_000_000);
    int sum = 0;
    int factor = 2;
    for (int n = number; n > 0; n /= 10) {
      sum += (n % 10) * factor;
      factor = factor == 7 ? 2 : factor + 1;
    }
    int check = 11 - sum % 11;
    String digit = check == 11 ? "0" : check == 10 ? "K" : Integer.toString(check);
    String digits = Integer.toString(number);
    return digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5) + "-" + digit;
  }
}
