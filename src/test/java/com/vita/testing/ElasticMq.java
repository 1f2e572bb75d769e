package com.vita.testing;

import com.vita.devstack.FreePort;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS-compatible server (ElasticMQ) inside the test JVM, with the queues seed 004 describes: a
 * FIFO queue of order events and its FIFO dead-letter queue, joined by a redrive policy that moves
 * a message there after {@code maxReceiveCount} receives. It can be stopped and started again on
 * the same port (its queues are in memory, so they are created anew), to make publishing fail.
 */
public final class ElasticMq implements AutoCloseable {

  public static final String QUEUE = "vita-order-events.fifo";
  public static final String DEAD_LETTERS = "vita-order-events-dlq.fifo";
  public static final String REGION = "us-east-1";

  private final int port;
  private final int maxReceiveCount;
  private final int visibilitySeconds;
  private SQSRestServer server;
  private SqsClient client;
  private String queueUrl;
  private String deadLetterUrl;

  private ElasticMq(int port, int maxReceiveCount, int visibilitySeconds) {
    this.port = port;
    this.maxReceiveCount = maxReceiveCount;
    this.visibilitySeconds = visibilitySeconds;
  }

  /** Starts it with both queues. */
  public static ElasticMq start(int maxReceiveCount, int visibilitySeconds) {
    ElasticMq mq = new ElasticMq(FreePort.find(), maxReceiveCount, visibilitySeconds);
    mq.restart();
    return mq;
  }

  /** (Re)starts the server on its port and creates the queues. */
  public synchronized void restart() {
    server =
        SQSRestServerBuilder.withPort(port)
            .withInterface("127.0.0.1")
            .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
            .withAWSRegion(REGION)
            .start();
    server.waitUntilStarted();
    if (client == null) {
      client =
          SqsClient.builder()
              .httpClient(UrlConnectionHttpClient.create())
              .region(Region.of(REGION))
              .endpointOverride(endpoint())
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
              .build();
    }
    deadLetterUrl =
        client
            .createQueue(
                create ->
                    create
                        .queueName(DEAD_LETTERS)
                        .attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true")))
            .queueUrl();
    String deadLetterArn =
        client
            .getQueueAttributes(
                get -> get.queueUrl(deadLetterUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributes()
            .get(QueueAttributeName.QUEUE_ARN);
    queueUrl =
        client
            .createQueue(
                create ->
                    create
                        .queueName(QUEUE)
                        .attributes(
                            Map.of(
                                QueueAttributeName.FIFO_QUEUE,
                                "true",
                                QueueAttributeName.VISIBILITY_TIMEOUT,
                                Integer.toString(visibilitySeconds),
                                QueueAttributeName.REDRIVE_POLICY,
                                "{\"deadLetterTargetArn\":\""
                                    + deadLetterArn
                                    + "\",\"maxReceiveCount\":\""
                                    + maxReceiveCount
                                    + "\"}")))
            .queueUrl();
  }

  /** Stops the server: every call to it fails until {@link #restart()}. */
  public synchronized void stop() {
    server.stopAndWait();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public String queueUrl() {
    return queueUrl;
  }

  public String deadLetterUrl() {
    return deadLetterUrl;
  }

  /** The settings that point a VITA server at the queue. */
  public Map<String, String> serverSettings() {
    return Map.of(
        "OUTBOX_SQS_QUEUE_URL",
        queueUrl,
        "OUTBOX_SQS_ENDPOINT",
        endpoint().toString(),
        "OUTBOX_SQS_REGION",
        REGION,
        "AWS_ACCESS_KEY_ID",
        "test",
        "AWS_SECRET_ACCESS_KEY",
        "test");
  }

  /**
   * Receives and deletes what the queue hands out until it has been empty for {@code quiet}.
   *
   * @return the messages, in the order received
   */
  public List<Message> drain(String url, Duration quiet) {
    List<Message> received = new ArrayList<>();
    long quietUntil = System.nanoTime() + quiet.toNanos();
    while (System.nanoTime() < quietUntil) {
      List<Message> batch =
          client
              .receiveMessage(
                  receive ->
                      receive
                          .queueUrl(url)
                          .maxNumberOfMessages(10)
                          .waitTimeSeconds(1)
                          .messageSystemAttributeNames(
                              MessageSystemAttributeName.MESSAGE_GROUP_ID,
                              MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID,
                              MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)
                          .messageAttributeNames("All"))
              .messages();
      for (Message message : batch) {
        received.add(message);
        client.deleteMessage(delete -> delete.queueUrl(url).receiptHandle(message.receiptHandle()));
      }
      if (!batch.isEmpty()) {
        quietUntil = System.nanoTime() + quiet.toNanos();
      }
    }
    return received;
  }

  public SqsClient client() {
    return client;
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      try {
        server.stopAndWait();
      } catch (RuntimeException e) {
        // already stopped
      }
    }
  }
}
