package com.vita.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payara Micro's output, watched for two things the launcher needs to tell a failed deployment from
 * a slow one: the line Payara logs once it has booted and tried its deployments ({@code Payara
 * Micro ... ready in ... (ms)}), and the error lines on the way, VITA's ({@code "level":"SEVERE"})
 * and Payara's own ({@code "Level":"SEVERE"}). The run command's output is followed line by line on
 * a thread of its own and copied to the terminal; a server that logs to a file (the tests') is read
 * from the file when needed, so the file stays Payara's own.
 */
final class ServerOutput implements Runnable {

  private static final Pattern BOOTED = Pattern.compile("\"Payara Micro [^\"]* ready in [^\"]*\"");
  private static final Pattern VITA_ERROR =
      Pattern.compile("^\\{.*?\"level\":\"SEVERE\".*?\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern PAYARA_ERROR =
      Pattern.compile("^\\{.*?\"Level\":\"SEVERE\".*?\"LogMessage\":\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final int LONGEST_LINE = 1000;

  private final InputStream output;
  private final PrintStream sink;
  private final List<String> vitaErrors = new ArrayList<>();
  private final List<String> serverErrors = new ArrayList<>();
  private boolean booted;

  private ServerOutput(InputStream output, PrintStream sink) {
    this.output = output;
    this.sink = sink;
  }

  /** Starts following the process's output (stdout and stderr merged), copying it to the sink. */
  static ServerOutput follow(Process process, PrintStream sink) {
    ServerOutput followed = reading(process.getInputStream(), sink);
    Thread thread = new Thread(followed, "payara-output");
    thread.setDaemon(true);
    thread.start();
    return followed;
  }

  /** The same without a thread: {@link #run} reads it to the end. */
  static ServerOutput reading(InputStream output, PrintStream sink) {
    return new ServerOutput(output, sink);
  }

  /** What a server's log file shows so far (none yet: nothing). */
  static ServerOutput read(Path log) throws IOException {
    ServerOutput seen = new ServerOutput(InputStream.nullInputStream(), System.out);
    if (Files.exists(log)) {
      new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().forEach(seen::watch);
    }
    return seen;
  }

  @Override
  public void run() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        sink.println(line);
        watch(line);
      }
    } catch (IOException serverGone) {
      // the stream is closed when the server is stopped: nothing more to follow
    } finally {
      sink.flush(); // never closed: it is the terminal
    }
  }

  synchronized void watch(String line) {
    if (BOOTED.matcher(line).find()) {
      booted = true;
    }
    Matcher vita = VITA_ERROR.matcher(line);
    if (vita.find()) {
      vitaErrors.add(firstLine(vita.group(1)));
      return;
    }
    Matcher payara = PAYARA_ERROR.matcher(line);
    if (payara.find()) {
      serverErrors.add(firstLine(payara.group(1)));
    }
  }

  /** Payara has booted and tried to deploy: from now on, no application means a failed one. */
  synchronized boolean booted() {
    return booted;
  }

  /** What went wrong, as logged: VITA's own error lines if it logged any, else Payara's. */
  synchronized List<String> errors() {
    return List.copyOf(vitaErrors.isEmpty() ? serverErrors : vitaErrors);
  }

  /** The first line of a JSON string's value, unescaped. */
  static String firstLine(String escaped) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < escaped.length() && text.length() < LONGEST_LINE; i++) {
      char c = escaped.charAt(i);
      if (c != '\\' || i + 1 == escaped.length()) {
        text.append(c);
        continue;
      }
      char escape = escaped.charAt(++i);
      switch (escape) {
        case 'n', 'r' -> {
          return text.toString().strip();
        }
        case 't' -> text.append(' ');
        case 'u' -> {
          if (i + 4 < escaped.length()) {
            text.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
            i += 4;
          }
        }
        default -> text.append(escape); // \" \\ \/
      }
    }
    return text.toString().strip();
  }
}
