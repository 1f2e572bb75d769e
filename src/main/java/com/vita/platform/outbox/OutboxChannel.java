package com.vita.platform.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * The way out chosen once at start-up: the SQS queue of {@code outbox.sqs.queue-url} (one client
 * for the dispatcher and the consumer), or in-process delivery. Credentials come from the SDK's
 * default chain (environment, profile, task or instance role), as for S3 documents.
 */
@ApplicationScoped
public class OutboxChannel {

  private static final System.Logger LOG = System.getLogger(OutboxChannel.class.getName());

  @Inject Config config;

  @Inject Deliveries deliveries;

  private OutboxSettings settings;
  private SqsClient sqs;
  private Publisher publisher;

  @PostConstruct
  void choose() {
    settings = OutboxSettings.from(config);
    if (settings.usesSqs()) {
      sqs = client(settings);
      publisher = new SqsPublisher(sqs, settings.queueUrl());
      LOG.log(
          System.Logger.Level.INFO,
          "Outbox events go to SQS queue {0} (endpoint {1}); the consumer is {2}",
          settings.queueUrl(),
          settings.endpoint() == null ? "AWS" : settings.endpoint(),
          settings.consumerEnabled() ? "on" : "off");
    } else {
      publisher = new InProcessPublisher(deliveries);
      LOG.log(
          System.Logger.Level.INFO,
          "No OUTBOX_SQS_QUEUE_URL: outbox events are delivered in process");
    }
  }

  OutboxSettings settings() {
    return settings;
  }

  Publisher publisher() {
    return publisher;
  }

  /** The client, when SQS is configured. */
  SqsClient sqs() {
    return sqs;
  }

  private static SqsClient client(OutboxSettings settings) {
    // The JDK's HttpURLConnection, as for S3: no Netty or Apache client in the WAR. The socket
    // timeout outlasts the longest long poll (20 s).
    SqsClientBuilder builder =
        SqsClient.builder()
            .httpClient(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(2))
                    .socketTimeout(Duration.ofSeconds(settings.waitSeconds() + 10L))
                    .build())
            .credentialsProvider(DefaultCredentialsProvider.builder().build());
    if (settings.region() != null) {
      builder.region(Region.of(settings.region()));
    }
    if (settings.endpoint() != null) {
      builder.endpointOverride(settings.endpoint());
    }
    return builder.build();
  }

  @PreDestroy
  void close() {
    if (sqs != null) {
      sqs.close();
    }
  }
}
