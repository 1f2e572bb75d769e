import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finding 1 of the hardening issue, full size: N anonymous clients each send the headers of {@code
 * POST /api/v1/auth/login} and then its body at one byte a second, and reconnect when cut, as the
 * attacker did. Meanwhile a well-behaved client asks {@code /health/live} every 100 ms and {@code
 * GET /api/v1/shipping/methods/CL} every 250 ms. The same probes run first without the attack: the
 * limit beside VITA, so the report gives both and their ratio. Also reported: what the slow
 * clients got (408, closed, 500...), after how long, the server's peak thread count, and the stack
 * traces its log gained. Run through bench/slow-bodies.sh.
 */
public final class SlowBodies {

  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 250;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    String war = System.getenv().getOrDefault("BENCH_WAR", "target/vita.war");
    System.out.printf(Locale.ROOT, "WAR %s, %d slow clients for %d s, JVM flags %s%n", war, clients, seconds, String.join(" ", BenchVita.PRODUCTION_FLAGS));
    try (BenchVita vita = BenchVita.start("slow-bodies", Path.of(war))) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
      Probes.run(http, vita, Duration.ofSeconds(10), null); // warm-up, not counted
      long traceLinesBefore = BenchVita.stackTraceLines("slow-bodies");
      System.out.println("before the attack: " + vita.requestThreads());
      Probes quiet = Probes.run(http, vita, Duration.ofSeconds(10), null);
      System.out.println("without attack: " + quiet);
      Attack attack = new Attack(vita.base, clients);
      Thread attacker = new Thread(attack::run, "slow-clients");
      attacker.start();
      Thread dumper = new Thread(() -> {
        sleep(Math.min(8, seconds / 2) * 1000L); // while the first slow clients are still sending
        try {
          System.out.println("mid-attack: " + vita.requestThreads());
        } catch (Exception e) {
          System.out.println("mid-attack: no thread dump: " + e);
        }
      });
      dumper.start();
      Probes loaded = Probes.run(http, vita, Duration.ofSeconds(seconds), vita);
      dumper.join();
      attack.stop.set(true);
      attacker.join();
      System.out.println("under attack:   " + loaded);
      System.out.printf(
          Locale.ROOT,
          "ratio under attack / without: health p99 x%.1f, API p99 x%.1f%n",
          loaded.health.p99() / Math.max(quiet.health.p99(), 0.1),
          loaded.api.p99() / Math.max(quiet.api.p99(), 0.1));
      System.out.println("slow clients: " + attack.report());
      System.out.println(
          "server threads: peak " + loaded.peakThreads + " (before the attack " + quiet.peakThreads + ")");
      System.out.println(
          "log lines with a stack frame or exception during the run: "
              + (BenchVita.stackTraceLines("slow-bodies") - traceLinesBefore)
              + " (log: " + BenchVita.log("slow-bodies") + ")");
    }
  }

  /** Latencies in ms; a probe that timed out counts as the timeout. */
  record Latencies(List<Double> millis, int failures) {
    double p(double q) {
      if (millis.isEmpty()) {
        return Double.NaN;
      }
      List<Double> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    double p99() {
      return p(0.99);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "n=%d p50 %.0f ms p99 %.0f ms max %.0f ms, %d failed", millis.size(), p(0.5), p(0.99), p(1.0), failures);
    }
  }

  static final class Probes {
    Latencies health;
    Latencies api;
    int peakThreads;

    static Probes run(HttpClient http, BenchVita vita, Duration length, BenchVita watched) throws Exception {
      Probes probes = new Probes();
      List<Double> health = Collections.synchronizedList(new ArrayList<>());
      List<Double> api = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger healthFailed = new AtomicInteger();
      AtomicInteger apiFailed = new AtomicInteger();
      long end = System.nanoTime() + length.toNanos();
      Thread apiProbe = new Thread(() -> {
        while (System.nanoTime() < end) {
          probe(http, vita.base.resolve("/api/v1/shipping/methods/CL"), api, apiFailed);
          sleep(250);
        }
      });
      apiProbe.start();
      probes.peakThreads = vita.threads();
      int tick = 0;
      while (System.nanoTime() < end) {
        probe(http, vita.base.resolve("/health/live"), health, healthFailed);
        if (++tick % 5 == 0) {
          probes.peakThreads = Math.max(probes.peakThreads, vita.threads());
        }
        sleep(100);
      }
      apiProbe.join();
      probes.health = new Latencies(health, healthFailed.get());
      probes.api = new Latencies(api, apiFailed.get());
      return probes;
    }

    static void probe(HttpClient http, URI uri, List<Double> into, AtomicInteger failed) {
      long start = System.nanoTime();
      try {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(PROBE_TIMEOUT).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
          failed.incrementAndGet();
        }
      } catch (IOException e) {
        failed.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      into.add((System.nanoTime() - start) / 1e6);
    }

    @Override
    public String toString() {
      return "/health/live " + health + "; API " + api;
    }
  }

  /** The slow clients: one thread writes a byte to each every second and reads what comes back. */
  static final class Attack {
    final URI base;
    final int clients;
    final AtomicBoolean stop = new AtomicBoolean();
    final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    final List<Double> secondsToEnd = Collections.synchronizedList(new ArrayList<>());
    int connections;

    Attack(URI base, int clients) {
      this.base = base;
      this.clients = clients;
    }

    static final class Slow {
      Socket socket;
      long opened;
    }

    void run() {
      List<Slow> slow = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        slow.add(open());
      }
      while (!stop.get()) {
        for (int i = 0; i < slow.size(); i++) {
          Slow s = slow.get(i);
          String ended = s == null ? "connect failed" : step(s);
          if (ended != null) {
            if (s != null) {
              outcomes.computeIfAbsent(ended, k -> new AtomicInteger()).incrementAndGet();
              secondsToEnd.add((System.nanoTime() - s.opened) / 1e9);
              try {
                s.socket.close();
              } catch (IOException ignored) {
              }
            }
            slow.set(i, open()); // the attacker reconnects
          }
        }
        sleep(1000);
      }
      for (Slow s : slow) {
        if (s != null) {
          try {
            s.socket.close();
          } catch (IOException ignored) {
          }
        }
      }
    }

    Slow open() {
      try {
        Slow s = new Slow();
        s.socket = new Socket();
        s.socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
        s.socket.setSoTimeout(1);
        String head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"email\":\"";
        s.socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        s.opened = System.nanoTime();
        connections++;
        return s;
      } catch (IOException e) {
        return null;
      }
    }

    /** One more byte; the outcome when the server has answered or closed, else null. */
    String step(Slow s) {
      try {
        InputStream in = s.socket.getInputStream();
        if (in.available() > 0) {
          byte[] answer = new byte[4096];
          int n = in.read(answer);
          String text = new String(answer, 0, Math.max(n, 0), StandardCharsets.ISO_8859_1);
          String status = text.length() >= 12 ? text.substring(9, 12) : "?";
          String type = text.toLowerCase(Locale.ROOT).contains("application/problem+json") ? " problem+json" : "";
          return "answered " + status + type;
        }
        OutputStream out = s.socket.getOutputStream();
        out.write('a'); // valid JSON so far: a string that never ends
        out.flush();
        return null;
      } catch (IOException e) {
        return "closed without an answer";
      }
    }

    String report() {
      List<Double> sorted = new ArrayList<>(secondsToEnd);
      Collections.sort(sorted);
      String ends = sorted.isEmpty() ? "none ended" : String.format(Locale.ROOT, "ended after %.1f s median (%.1f-%.1f s)", sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
      return connections + " connections opened; " + outcomes + "; " + ends;
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
