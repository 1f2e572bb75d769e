package com.vita.orders.control;

import com.vita.auth.control.AccountCard;
import com.vita.auth.control.AccountDirectory;
import com.vita.platform.mail.MailTexts;
import com.vita.platform.mail.Mailer;
import com.vita.platform.mail.OutgoingMail;
import com.vita.platform.outbox.OutboxMessage;
import com.vita.platform.outbox.Receipts;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Mails the buyer and the seller at every step of an order, from the order events as they leave the
 * outbox (so the queue path feeds notifications too). A redelivered event mails nobody again: the
 * receipt is recorded in the delivery's transaction, and the mails go only once it committed.
 */
@ApplicationScoped
public class OrderMails {

  private static final System.Logger LOG = System.getLogger(OrderMails.class.getName());

  static final String CONSUMER = "orders.mail";
  private static final String BUNDLE = "orders";

  @Inject Receipts receipts;
  @Inject AccountDirectory accounts;
  @Inject Mailer mailer;
  @Inject MailTexts texts;

  @Resource TransactionSynchronizationRegistry transactions;

  void onEvent(@Observes OutboxMessage message) {
    if (!OrderEvents.AGGREGATE.equals(message.aggregateType())
        || !receipts.firstTime(CONSUMER, message.eventId())) {
      return;
    }
    String step = message.eventType().substring(message.eventType().indexOf('.') + 1);
    JsonObject order = message.payload();
    List<OutgoingMail> mails = new ArrayList<>();
    for (String party : List.of("buyer", "seller")) {
      // An account that is gone mails nobody; it must not hold back the event's other observers
      // (analytics), which share its delivery and would be retried with it.
      accounts
          .lookup(id(order, party + "Id"))
          .ifPresentOrElse(
              account -> mails.add(mail(party, step, order, account)),
              () ->
                  LOG.log(
                      System.Logger.Level.WARNING,
                      "No {0} account for the {1} mail of order {2}",
                      party,
                      step,
                      order.getString("orderId")));
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              mails.forEach(mailer::send);
            }
          }
        });
  }

  OutgoingMail mail(String to, String step, JsonObject order, AccountCard account) {
    String number = order.getString("orderId").substring(0, 8);
    String status = texts.text(BUNDLE, "status." + step);
    Currency currency = Currency.getInstance(order.getString("currency"));
    String total =
        BigDecimal.valueOf(
                order.getJsonNumber("totalMinor").longValue(), currency.getDefaultFractionDigits())
            .toPlainString();
    String tracking =
        order.isNull("trackingNumber")
            ? ""
            : texts.text(
                BUNDLE, "tracking", order.getString("carrier"), order.getString("trackingNumber"));
    return OutgoingMail.text(
        account.email(),
        texts.text(BUNDLE, to + ".subject", number, status),
        texts.text(
            BUNDLE,
            to + ".body",
            account.displayName(),
            texts.text(BUNDLE, to + "." + step),
            number,
            total,
            currency.getCurrencyCode(),
            tracking));
  }

  private static UUID id(JsonObject payload, String field) {
    return UUID.fromString(payload.getString(field));
  }
}
