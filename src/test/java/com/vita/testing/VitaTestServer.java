package com.vita.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vita.devstack.FreePort;
import com.vita.devstack.PayaraMicroServer;
import com.vita.devstack.VitaStack;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one VITA server the integration tests share: started on first use (so a run of unit tests
 * alone never pays for it) and stopped when the test session ends ({@link StackShutdown}). Starting
 * Payara once instead of per class keeps the suite's cost flat as it grows.
 */
public final class VitaTestServer {

  /** The origin the shared server trusts for CORS, so tests can check both sides of it. */
  public static final String TRUSTED_ORIGIN = "https://shop.vita.test";

  /**
   * Registering with this e-mail and verifying it makes an admin (AUTH_ADMIN_EMAILS), as on a first
   * deployment ({@link TestAccounts#firstAdmin()}).
   */
  public static final String FIRST_ADMIN = "first-admin@vita.test";

  /**
   * A second configured admin address, for the test that proves the role waits for verification.
   */
  public static final String UNVERIFIED_ADMIN = "admin-to-verify@vita.test";

  private static VitaStack stack;
  private static GreenMail mailbox;
  private static FakeOidcIssuer externalIssuer;
  private static FakeDidit didit;
  private static FakeStripe stripe;
  private static FakeCregis cregis;
  private static FakeBank bank;

  /** Crypto rates of the shared server: 1 USDT per 1,000 CLP, so amounts are easy to check. */
  public static final String CREGIS_RATES = "CLP=0.001,USD=1,EUR=1.1";

  /** How long the bank's circuit stays open on the shared server (30 s in production). */
  public static final long BANK_BREAKER_DELAY_MILLIS = 2000;

  private VitaTestServer() {}

  /** A request to the shared server, with nothing else preset. */
  /**
   * What every server of the suite runs with, the shared one and those of a test's own ({@link
   * OwnServer}); a test that needs one of them otherwise sets it itself.
   */
  public static final Map<String, String> SUITE_SETTINGS =
      Map.of(
          // Every registration and login pays one bcrypt hash; cost 10 instead of the production
          // 12 makes each 4x cheaper without changing what is tested.
          "AUTH_BCRYPT_COST", "10",
          // The suite's requests all come from 127.0.0.1 and, against a machine Redis (.ci/run),
          // add up across servers and runs within the window; RateLimitIT sets real limits.
          "RATE_LIMIT_MAX_REQUESTS", "100000",
          "RATELIMIT_SENSITIVE_LIMIT", "100000",
          "RATELIMIT_SENSITIVE_ADDRESS_LIMIT", "100000",
          "RATELIMIT_SENSITIVE_BACKOFF_AFTER", "100000",
          "AUTH_PASSWORD_RESET_MAX_MAILS", "100000",
          // Hashing is bounded (503 when busy); the suite's own bursts must not meet the bound,
          // RegistrationBurstIT sets a small one.
          "AUTH_HASH_QUEUE", "1000",
          "AUTH_HASH_WAIT_MS", "60000");

  @SafeVarargs
  private static Map<String, String> withSuiteSettings(Map.Entry<String, String>... entries) {
    Map<String, String> settings = new java.util.HashMap<>(SUITE_SETTINGS);
    settings.putAll(Map.ofEntries(entries));
    return settings;
  }

  public static RequestSpecification api() {
    return TestRequests.to(baseUri());
  }

  public static synchronized URI baseUri() {
    return stack().server().baseUri();
  }

  public static synchronized VitaStack stack() {
    if (stack == null) {
      try {
        mailbox =
            new GreenMail(new ServerSetup(FreePort.find(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailbox.start();
        externalIssuer = FakeOidcIssuer.start();
        didit = FakeDidit.start();
        stripe = FakeStripe.start();
        cregis = FakeCregis.start();
        bank = FakeBank.start();
        stack =
            VitaStack.start(
                layout("shared"),
                dataDir(),
                FreePort.find(),
                VitaStack.RedisWhenUnset.EMBEDDED,
                withSuiteSettings(
                    Map.entry("CORS_ORIGINS", TRUSTED_ORIGIN),
                    Map.entry("LOG_LEVEL", "INFO"),
                    // Small payout limits, so PayoutRequestsIT reaches each with a sale or two.
                    Map.entry("PAYOUTS_MINIMUM_MINOR", "CLP=1000,EUR=500"),
                    Map.entry("PAYOUTS_MAXIMUM_MINOR", "CLP=30000,EUR=300000"),
                    Map.entry("PAYOUTS_DAILY_MAXIMUM_MINOR", "CLP=50000,EUR=500000"),
                    Map.entry("AUTH_ADMIN_EMAILS", FIRST_ADMIN + "," + UNVERIFIED_ADMIN),
                    Map.entry("MAIL_SMTP_HOST", "127.0.0.1"),
                    Map.entry("MAIL_SMTP_PORT", Integer.toString(mailbox.getSmtp().getPort())),
                    Map.entry("MAIL_SMTP_STARTTLS", "false"),
                    Map.entry("AUTH_EXTERNAL_ISSUER", externalIssuer.issuer()),
                    Map.entry("AUTH_EXTERNAL_JWKS_URL", externalIssuer.jwksUrl()),
                    Map.entry("AUTH_EXTERNAL_CLIENT_ID", FakeOidcIssuer.CLIENT_ID),
                    Map.entry("KYC_DIDIT_BASE_URL", didit.baseUrl()),
                    Map.entry("KYC_DIDIT_API_KEY", FakeDidit.API_KEY),
                    Map.entry("KYC_DIDIT_WORKFLOW_ID", FakeDidit.WORKFLOW_ID),
                    Map.entry("KYC_DIDIT_WEBHOOK_SECRET", FakeDidit.WEBHOOK_SECRET),
                    Map.entry("KYC_DIDIT_CALLBACK_URL", "https://shop.vita.test/kyc/done"),
                    Map.entry("STRIPE_API_BASE", stripe.baseUrl()),
                    Map.entry("STRIPE_SECRET_KEY", FakeStripe.SECRET_KEY),
                    Map.entry("STRIPE_WEBHOOK_SECRET", FakeStripe.WEBHOOK_SECRET),
                    Map.entry("CREGIS_API_URL", cregis.baseUrl()),
                    Map.entry("CREGIS_API_KEY", FakeCregis.API_KEY),
                    Map.entry("CREGIS_PROJECT_ID", Long.toString(FakeCregis.PROJECT_ID)),
                    Map.entry("CREGIS_CHAIN_ID", FakeCregis.CHAIN_ID),
                    Map.entry("CREGIS_CURRENCY", FakeCregis.COIN),
                    Map.entry("CREGIS_RATES", CREGIS_RATES),
                    Map.entry("BANESCO_API_URL", bank.baseUrl()),
                    Map.entry("BANESCO_TOKEN_URL", bank.tokenUrl()),
                    Map.entry("BANESCO_CLIENT_ID", FakeBank.CLIENT_ID),
                    Map.entry("BANESCO_CLIENT_SECRET", FakeBank.CLIENT_SECRET),
                    Map.entry("BANESCO_ACCOUNT", FakeBank.ACCOUNT),
                    // No test waits for the bank's 2 a minute; BankClientIT proves the limit.
                    Map.entry("BANESCO_RATE_LIMIT_PER_MINUTE", "100000"),
                    // BankTransfersIT works the queue itself (the admin's verify), at once.
                    Map.entry("BANK_VERIFICATION_ENABLED", "false"),
                    Map.entry("BANK_VERIFICATION_RETRY_BASE", "PT0.5S"),
                    Map.entry(
                        "COM_VITA_PAYMENTS_CONTROL_BANESCOCLIENT_LOOKUP_CIRCUITBREAKER_DELAY",
                        Long.toString(BANK_BREAKER_DELAY_MILLIS))),
                false);
        stripe.webhookTarget(stack.server().baseUri().resolve("/api/v1/payments/webhook/stripe"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return stack;
  }

  /** Where the build put the WAR and Payara (failsafe passes these as system properties). */
  public static PayaraMicroServer.Layout layout(String instance) {
    return new PayaraMicroServer.Layout(
        Path.of(System.getProperty("vita.war", "target/vita.war")),
        Path.of(System.getProperty("vita.payara.dir", "target/payara")),
        Path.of(System.getProperty("vita.server-config.dir", "server-config")),
        dataDir().resolve("payara-" + instance));
  }

  public static Path dataDir() {
    return Path.of(System.getProperty("vita.data.dir", "target/it-data")).toAbsolutePath();
  }

  /** The SMTP server (in this JVM) that receives every e-mail the shared server sends. */
  public static synchronized GreenMail mailbox() {
    stack();
    return mailbox;
  }

  /** The external OIDC issuer (in this JVM) the shared server accepts tokens of by exchange. */
  public static synchronized FakeOidcIssuer externalIssuer() {
    stack();
    return externalIssuer;
  }

  /** The DIDIT (in this JVM) the shared server opens verification sessions with. */
  public static synchronized FakeDidit didit() {
    stack();
    return didit;
  }

  /**
   * The Stripe (in this JVM) the shared server takes card payments through; it delivers its signed
   * events to the shared server's webhook.
   */
  public static synchronized FakeStripe stripe() {
    stack();
    return stripe;
  }

  /** The Cregis (in this JVM) the shared server asks for addresses and payouts. */
  public static synchronized FakeCregis cregis() {
    stack();
    return cregis;
  }

  /** The bank (in this JVM) the shared server verifies bank transfers with. */
  public static synchronized FakeBank bank() {
    stack();
    return bank;
  }

  static synchronized void stop() throws Exception {
    if (stack != null) {
      stack.close();
      stack = null;
    }
    if (stripe != null) {
      stripe.close();
      stripe = null;
    }
    if (cregis != null) {
      cregis.close();
      cregis = null;
    }
    if (bank != null) {
      bank.close();
      bank = null;
    }
    if (mailbox != null) {
      mailbox.stop();
      mailbox = null;
    }
    if (externalIssuer != null) {
      externalIssuer.close();
      externalIssuer = null;
    }
    if (didit != null) {
      didit.close();
      didit = null;
    }
  }
}
