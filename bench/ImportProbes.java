import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ImportBench measures besides wall time: CPU seconds of a process and of PostgreSQL (less
 * sensitive than wall time to a machine other work shares), and VITA's heap while it imports.
 */
final class ImportProbes {

  private ImportProbes() {}

  /**
   * CPU seconds of a PostgreSQL cluster so far: the postmaster (with its reaped children, so a
   * closed connection's backend still counts) and its live children.
   */
  static double postgresCpuSeconds(Path dataDir) throws IOException {
    long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    String[] own = statFields(postmaster);
    double seconds = (Long.parseLong(own[11]) + Long.parseLong(own[12]) + Long.parseLong(own[13])
        + Long.parseLong(own[14])) / 100.0;
    for (ProcessHandle child : ProcessHandle.of(postmaster).orElseThrow().children().toList()) {
      try {
        String[] f = statFields(child.pid());
        seconds += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
      } catch (IOException gone) {
        // exited between the listing and the read: its time is in the postmaster's children now
      }
    }
    return seconds;
  }

  private static String[] statFields(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }

  /** CPU seconds per thread name (numbers folded) of a process. */
  static java.util.Map<String, Double> threadCpu(long pid) throws IOException {
    java.util.Map<String, Double> byName = new java.util.HashMap<>();
    try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          byName.merge(name.replaceAll("\\d+", "N"),
              (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0, Double::sum);
        } catch (IOException gone) {
          // the thread ended between the listing and the read
        }
      }
    }
    return byName;
  }

  /** The threads that used most CPU between two readings of threadCpu. */
  static String busiest(java.util.Map<String, Double> before, java.util.Map<String, Double> after) {
    StringBuilder out = new StringBuilder();
    after.entrySet().stream()
        .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
        .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(6)
        .forEach(e -> out.append(String.format(java.util.Locale.ROOT, "%s %.1f s; ", e.getKey(), e.getValue())));
    return out.toString();
  }

  static String load() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
  }

  /**
   * Samples VITA's heap while it runs: "used" every 250 ms (garbage included, as G1 leaves it),
   * and "live" (used right after a full GC, forced with jcmd GC.run) every liveEvery ms — the
   * figure that grows if the import keeps something per row.
   */
  static final class HeapSampler implements AutoCloseable {
    private final long pid;
    private final long liveEveryMs;
    private final AtomicLong peakUsedKb = new AtomicLong();
    private final AtomicLong peakLiveKb = new AtomicLong();
    private final AtomicLong liveSamples = new AtomicLong();
    private final StringBuffer liveSeries = new StringBuffer();
    private final long started = System.nanoTime();
    private final Thread thread;

    HeapSampler(long pid, long liveEveryMs) {
      this.pid = pid;
      this.liveEveryMs = liveEveryMs;
      this.thread = new Thread(this::sample, "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    private void sample() {
      long nextLive = System.currentTimeMillis() + liveEveryMs;
      while (!Thread.currentThread().isInterrupted()) {
        try {
          if (liveEveryMs > 0 && System.currentTimeMillis() >= nextLive) {
            long live = liveKb(pid);
            peakLiveKb.accumulateAndGet(live, Math::max);
            liveSamples.incrementAndGet();
            liveSeries.append(String.format(java.util.Locale.ROOT, "%.0fs %dMB ",
                (System.nanoTime() - started) / 1e9, live / 1024));
            nextLive = System.currentTimeMillis() + liveEveryMs;
          } else {
            peakUsedKb.accumulateAndGet(usedKb(pid), Math::max);
          }
          Thread.sleep(250);
        } catch (InterruptedException e) {
          return;
        } catch (IOException e) {
          // the sample is skipped
        }
      }
    }

    long peakUsedMb() {
      return peakUsedKb.get() / 1024;
    }

    long peakLiveMb() {
      return peakLiveKb.get() / 1024;
    }

    /** Each live sample: seconds into the import, MB. */
    String liveSeries() {
      return liveSeries.toString().trim();
    }

    long liveSamples() {
      return liveSamples.get();
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join();
    }
  }

  /** The heap still in use right after a full GC, in KB. */
  static long liveKb(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    return usedKb(pid);
  }

  /** The used heap of the JVM (jcmd GC.heap_info), in KB. */
  static long usedKb(long pid) throws IOException, InterruptedException {
    Matcher m = Pattern.compile("total \\d+K, used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
    if (!m.find()) {
      throw new IOException("no heap in jcmd's answer");
    }
    return Long.parseLong(m.group(1));
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command)
            .redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor();
    return out;
  }
}
