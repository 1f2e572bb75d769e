package com.vita.platform.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * VITA's own consumer of its queue, so the path that feeds analytics and notifications is the same
 * locally (against ElasticMQ) and in production: a long poll ({@code outbox.sqs.wait-seconds}),
 * each message fired as an {@link OutboxMessage} in its own transaction ({@link Deliveries}), and
 * deleted only once that committed. A message whose delivery failed is left alone: it comes back
 * when its visibility timeout ends, and after the queue's {@code maxReceiveCount} receives its
 * redrive policy moves it to the dead-letter queue. The later messages of a failed message's group
 * in the same receive are left too, so a group is never handled out of order.
 *
 * <p>One thread of the container's, started after the schema migration, stopped on undeploy (an
 * idle long poll is interrupted; a delivery under way finishes).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class QueueConsumer {

  private static final System.Logger LOG = System.getLogger(QueueConsumer.class.getName());
  private static final int MAX_MESSAGES = 10; // SQS's most per receive

  @Inject OutboxChannel channel;

  @Inject Deliveries deliveries;

  @Inject OutboxMetrics metrics;

  @Resource ManagedThreadFactory threads;

  private volatile boolean stopping;
  private volatile boolean polling;
  private Thread thread;

  @PostConstruct
  void start() {
    OutboxSettings settings = channel.settings();
    if (!settings.usesSqs() || !settings.consumerEnabled()) {
      return;
    }
    thread = threads.newThread(() -> consume(channel.sqs(), settings));
    thread.setName("vita-outbox-consumer");
    thread.start();
  }

  private void consume(SqsClient sqs, OutboxSettings settings) {
    int failures = 0;
    while (!stopping) {
      try {
        polling = true;
        List<Message> messages =
            sqs.receiveMessage(
                    receive ->
                        receive
                            .queueUrl(settings.queueUrl())
                            .maxNumberOfMessages(MAX_MESSAGES)
                            .waitTimeSeconds(settings.waitSeconds())
                            .visibilityTimeout(settings.visibilityTimeoutSeconds())
                            .messageSystemAttributeNames(
                                MessageSystemAttributeName.MESSAGE_GROUP_ID,
                                MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                .messages();
        polling = false;
        handle(sqs, settings, messages);
        failures = 0;
      } catch (SdkException | IllegalStateException e) {
        polling = false;
        if (stopping) {
          break;
        }
        failures++;
        LOG.log(System.Logger.Level.WARNING, "Receiving from the outbox queue failed", e);
        pause(Math.min(30_000L, 1000L << Math.min(failures - 1, 5)));
      }
    }
  }

  private void handle(SqsClient sqs, OutboxSettings settings, List<Message> messages) {
    Set<String> failedGroups = new HashSet<>();
    for (Message message : messages) {
      String group = message.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID);
      if (group != null && failedGroups.contains(group)) {
        continue; // behind a failed message of its group: it comes back after it, in order
      }
      String receives =
          message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
      OutboxMessage event;
      try {
        event = MessageBodies.read(message.body());
      } catch (RuntimeException e) {
        metrics.consumed("unreadable");
        failedGroups.add(group);
        LOG.log(
            System.Logger.Level.WARNING,
            "Outbox queue message {0} is not an outbox event (receive {1}); left for the"
                + " dead-letter queue",
            message.messageId(),
            receives);
        continue;
      }
      try {
        deliveries.deliver(event);
      } catch (RuntimeException e) {
        metrics.consumed("failed");
        failedGroups.add(group);
        LOG.log(
            System.Logger.Level.WARNING,
            "Outbox event {0} ({1}) refused by an observer on receive {2}: {3}; redelivered"
                + " after the visibility timeout, dead-lettered after the queue''s maxReceiveCount",
            event.eventId(),
            event.eventType(),
            receives,
            DispatchBatch.describe(e));
        continue;
      }
      metrics.consumed("delivered");
      // Deleted after the commit. Should this fail, the message comes back and the observers'
      // receipts absorb it.
      sqs.deleteMessage(
          delete -> delete.queueUrl(settings.queueUrl()).receiptHandle(message.receiptHandle()));
    }
  }

  private void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping = true;
    }
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (thread == null) {
      return;
    }
    if (polling) {
      thread.interrupt(); // an idle long poll: the SDK aborts it
    }
    try {
      thread.join((channel.settings().waitSeconds() + 5L) * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
