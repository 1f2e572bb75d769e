package com.vita.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Documents as objects in one S3 bucket (or an S3-compatible server), encrypted at rest by S3
 * (SSE-S3, or SSE-KMS with {@code storage.s3.kms-key-id}). Credentials come from the SDK's default
 * chain (environment, profile, instance or task role), never from VITA's configuration.
 *
 * <p>An upload is first checked into a temporary file and only then sent: S3 needs the length
 * before the body, the size limit is enforced before anything reaches the bucket (so there is never
 * a partial object to clean up), and the SHA-256 is known when the object is written.
 */
final class S3DocumentStorage implements DocumentStorage, AutoCloseable {

  static final Duration LONGEST_LINK = Duration.ofDays(7); // S3's limit for presigned URLs
  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;
  private final String kmsKeyId;
  private final long maxBytes;
  private final DocumentKeys keys;

  S3DocumentStorage(StorageSettings settings, AwsCredentialsProvider credentials, Clock clock) {
    this.bucket = settings.bucket();
    this.kmsKeyId = settings.kmsKeyId();
    this.maxBytes = settings.maxBytes();
    this.keys = new DocumentKeys(clock);
    // The JDK's HttpURLConnection: no Netty or Apache client in the WAR, and uploads are at most
    // storage.max-bytes, so a pooled asynchronous client would buy nothing.
    SdkHttpClient http =
        UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(2))
            .socketTimeout(Duration.ofSeconds(30))
            .build();
    S3Configuration service =
        S3Configuration.builder().pathStyleAccessEnabled(settings.endpoint() != null).build();
    S3ClientBuilder client =
        S3Client.builder()
            .httpClient(http)
            .credentialsProvider(credentials)
            .serviceConfiguration(service);
    S3Presigner.Builder presign =
        S3Presigner.builder().credentialsProvider(credentials).serviceConfiguration(service);
    if (settings.region() != null) {
      client.region(Region.of(settings.region()));
      presign.region(Region.of(settings.region()));
    }
    if (settings.endpoint() != null) {
      client.endpointOverride(settings.endpoint());
      presign.endpointOverride(settings.endpoint());
    }
    this.s3 = client.build();
    this.presigner = presign.build();
  }

  @Override
  public StoredDocument store(InputStream content, DocumentKind kind, String originalName) {
    String name = FileNames.displayName(originalName);
    String key = keys.next(kind);
    Path spool = null;
    try {
      spool = Files.createTempFile("vita-upload-", ".part");
      CheckedContent.Copied copied;
      try (OutputStream out = Files.newOutputStream(spool)) {
        copied = new CheckedContent(kind, maxBytes).copy(content, out);
      }
      s3.putObject(putRequest(key, copied, name), RequestBody.fromFile(spool));
      return new StoredDocument(key, copied.mediaType(), copied.size(), copied.sha256(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (spool != null) {
        spool.toFile().delete();
      }
    }
  }

  PutObjectRequest putRequest(String key, CheckedContent.Copied copied, String name) {
    Map<String, String> metadata = new HashMap<>();
    metadata.put("sha256", copied.sha256());
    if (name != null) {
      // S3 metadata travels as HTTP headers, which are ASCII only.
      metadata.put("original-name", URLEncoder.encode(name, StandardCharsets.UTF_8));
    }
    PutObjectRequest.Builder put =
        PutObjectRequest.builder()
            .bucket(bucket)
            .key(key)
            .contentType(copied.mediaType().mimeType())
            .contentLength(copied.size())
            .metadata(metadata);
    if (kmsKeyId != null) {
      put.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(kmsKeyId);
    } else {
      put.serverSideEncryption(ServerSideEncryption.AES256);
    }
    return put.build();
  }

  @Override
  public InputStream open(String key) {
    DocumentKeys.require(key);
    try {
      return s3.getObject(get -> get.bucket(bucket).key(key));
    } catch (NoSuchKeyException e) {
      throw new DocumentNotFoundException();
    }
  }

  @Override
  public Optional<URI> temporaryLink(String key, Duration validity) {
    DocumentKeys.require(key);
    if (validity.isNegative() || validity.isZero() || validity.compareTo(LONGEST_LINK) > 0) {
      throw new IllegalArgumentException("A link is valid for up to 7 days, not " + validity);
    }
    try {
      return Optional.of(
          presigner
              .presignGetObject(
                  link ->
                      link.signatureDuration(validity)
                          .getObjectRequest(get -> get.bucket(bucket).key(key)))
              .url()
              .toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("The SDK presigned an invalid URL", e);
    }
  }

  @Override
  public void delete(String key) {
    if (DocumentKeys.isWellFormed(key)) {
      s3.deleteObject(delete -> delete.bucket(bucket).key(key)); // S3 deletes idempotently
    }
  }

  @Override
  public StorageHealth health() {
    try {
      s3.headBucket(
          HeadBucketRequest.builder()
              .bucket(bucket)
              .overrideConfiguration(call -> call.apiCallTimeout(HEALTH_TIMEOUT))
              .build());
      return StorageHealth.up("s3");
    } catch (SdkException e) {
      return StorageHealth.down("s3", e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    presigner.close();
    s3.close();
  }
}
