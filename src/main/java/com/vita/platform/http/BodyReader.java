package com.vita.platform.http;

import com.vita.platform.problems.Problem;
import com.vita.platform.problems.ProblemResponses;
import com.vita.platform.problems.ProblemType;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads one request body with Servlet non-blocking IO: the container calls {@link
 * #onDataAvailable()} when bytes have arrived, so a slow client holds no request thread while it
 * sends. The bytes go to a {@link BodyBuffer} under the size limit, through the {@link
 * MultipartShape} when the body is multipart, and at the {@link BodyPace}, checked on every arrival
 * and by a timer when nothing arrives. A complete body is dispatched to the application; a refused
 * one gets its problem+json (413 too large or too many parts, 408 too slow) and the connection is
 * closed, so the client cannot keep it for another try. A client that goes away is let go quietly.
 */
final class BodyReader implements ReadListener, AsyncListener {

  private static final System.Logger LOG = System.getLogger(BodyReader.class.getName());
  private static final int CHUNK_BYTES = 16 * 1024;

  /** What the reader is given: where the body comes from and goes, and the rules it must keep. */
  record Limits(long maxBytes, BodyPace pace, Optional<MultipartShape> shape) {}

  private final AsyncContext async;
  private final ServletInputStream in;
  private final HttpServletResponse response;
  private final BodyBuffer buffer;
  private final Limits limits;
  private final ScheduledExecutorService timer;
  private final long started = System.nanoTime();
  private final String requestId = CurrentRequest.id();
  private final String path = CurrentRequest.path();
  private final String clientIp = CurrentRequest.clientIp();
  private final byte[] chunk = new byte[CHUNK_BYTES];
  private boolean done;
  private ScheduledFuture<?> check;

  BodyReader(
      AsyncContext async,
      ServletInputStream in,
      HttpServletResponse response,
      BodyBuffer buffer,
      Limits limits,
      ScheduledExecutorService timer) {
    this.async = async;
    this.in = in;
    this.response = response;
    this.buffer = buffer;
    this.limits = limits;
    this.timer = timer;
  }

  /** Starts reading: registers for the body's bytes and for the pace check. */
  synchronized void start() {
    async.addListener(this);
    scheduleCheck();
    in.setReadListener(this);
  }

  @Override
  public synchronized void onDataAvailable() throws IOException {
    while (!done && in.isReady()) {
      int n = in.read(chunk);
      if (n < 0) {
        return; // onAllDataRead follows
      }
      if (buffer.size() + n > limits.maxBytes()) {
        refuse(
            ProblemType.PAYLOAD_TOO_LARGE,
            "The request body exceeds " + limits.maxBytes() + " bytes");
        return;
      }
      Optional<String> misshapen = limits.shape().flatMap(shape -> shape.accept(chunk, 0, n));
      if (misshapen.isPresent()) {
        refuse(ProblemType.PAYLOAD_TOO_LARGE, misshapen.get());
        return;
      }
      buffer.write(chunk, 0, n);
    }
    if (!done && limits.pace().behind(elapsedMillis(), buffer.size())) {
      tooSlow();
    }
  }

  @Override
  public synchronized void onAllDataRead() {
    if (done) {
      return;
    }
    done = true;
    cancelCheck();
    async.dispatch(); // to the same path, now with the whole body (BufferedBodyRequest)
  }

  @Override
  public synchronized void onError(Throwable failure) {
    if (done) {
      return;
    }
    LOG.log(System.Logger.Level.DEBUG, "Request body not received: {0}", String.valueOf(failure));
    done = true;
    cancelCheck();
    buffer.discard();
    completeQuietly();
  }

  @Override
  public synchronized void onTimeout(AsyncEvent event) {
    if (!done) {
      tooSlow(); // the container's ceiling (BodyPace.ceilingMillis), only if the timer failed
    }
  }

  @Override
  public void onComplete(AsyncEvent event) {
    synchronized (this) {
      done = true;
      cancelCheck();
    }
    buffer.discard();
  }

  @Override
  public void onError(AsyncEvent event) {
    onError(event.getThrowable());
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // a dispatched application that goes asynchronous again keeps its own listeners
  }

  /** The timer's look at a body that sent nothing since: cut it or look again later. */
  synchronized void checkPace() {
    if (done) {
      return;
    }
    if (limits.pace().behind(elapsedMillis(), buffer.size())) {
      tooSlow();
    } else {
      scheduleCheck();
    }
  }

  private void tooSlow() {
    refuse(
        ProblemType.REQUEST_TIMEOUT,
        "The request body arrived too slowly (at least "
            + limits.pace().minBytesPerSecond()
            + " bytes per second after "
            + limits.pace().graceMillis()
            + " ms)");
  }

  private void scheduleCheck() {
    long delay = limits.pace().nextCheckMillis(elapsedMillis(), buffer.size());
    check = timer.schedule(this::checkPace, delay, TimeUnit.MILLISECONDS);
  }

  private void cancelCheck() {
    if (check != null) {
      check.cancel(false);
    }
  }

  private long elapsedMillis() {
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** Answers with the problem and closes the connection: the rest of the body is not wanted. */
  private void refuse(ProblemType type, String detail) {
    done = true;
    cancelCheck();
    buffer.discard();
    CurrentRequest.begin(requestId, path, clientIp);
    try {
      Problem problem = ProblemResponses.problem(type, detail, List.of());
      byte[] body = json(problem).getBytes(StandardCharsets.UTF_8);
      response.setStatus(type.status());
      response.setHeader("Connection", "close");
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    } catch (IOException | IllegalStateException gone) {
      LOG.log(System.Logger.Level.DEBUG, "Refusal not delivered: {0}", String.valueOf(gone));
    } finally {
      CurrentRequest.end();
    }
    completeQuietly();
  }

  /** The problem document as the mappers write it (JSON-P: no JSON-B provider needed here). */
  static String json(Problem problem) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", problem.type().toString())
            .add("title", problem.title())
            .add("status", problem.status())
            .add("detail", problem.detail());
    if (problem.instance() != null) {
      json.add("instance", problem.instance());
    }
    if (problem.requestId() != null) {
      json.add("requestId", problem.requestId());
    }
    return json.build().toString();
  }

  private void completeQuietly() {
    try {
      async.complete();
    } catch (IllegalStateException alreadyOver) {
      // the container ended the request first (the client went away)
    }
  }
}
