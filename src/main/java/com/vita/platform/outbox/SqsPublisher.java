package com.vita.platform.outbox;

import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Sends each event to the SQS FIFO queue: message group = aggregate id (SQS keeps a group in order
 * and hands out its next message only once the previous one is deleted), deduplication id = event
 * id (a resend within SQS's five-minute window, after a dispatcher died between sending and marking
 * the row, is accepted and dropped), the event and aggregate types as message attributes so a
 * consumer can filter without parsing the body.
 */
final class SqsPublisher implements Publisher {

  static final String EVENT_TYPE = "eventType";
  static final String AGGREGATE_TYPE = "aggregateType";

  private final SqsClient sqs;
  private final String queueUrl;

  SqsPublisher(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public String destination() {
    return "sqs";
  }

  @Override
  public void publish(OutboxMessage message) {
    sqs.sendMessage(
        send ->
            send.queueUrl(queueUrl)
                .messageGroupId(message.aggregateId().toString())
                .messageDeduplicationId(message.eventId().toString())
                .messageAttributes(
                    Map.of(
                        EVENT_TYPE, text(message.eventType()),
                        AGGREGATE_TYPE, text(message.aggregateType())))
                .messageBody(MessageBodies.write(message)));
  }

  @Override
  public boolean parksAfterRepeatedFailure() {
    return false;
  }

  private static MessageAttributeValue text(String value) {
    return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
  }
}
