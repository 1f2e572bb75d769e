/**
 * Where uploaded documents live: KYC files and KYB constitution documents now, product images and
 * import spreadsheets later. Components inject {@link com.vita.platform.storage.DocumentStorage}
 * and keep the returned {@link com.vita.platform.storage.StoredDocument}'s key in their own table.
 *
 * <ul>
 *   <li><b>Two places, one interface.</b> With {@code storage.s3.bucket} set, documents are S3
 *       objects ({@code S3DocumentStorage}, AWS SDK v2 with the JDK's URL-connection HTTP client so
 *       neither Netty nor Apache HttpClient ships in the WAR); without it they are files under
 *       {@code storage.local.root} ({@code LocalDiskStorage}). {@code DocumentStorageProducer}
 *       chooses once, at first use.
 *   <li><b>Checked by content, not by name.</b> {@code ContentSniffer} reads the magic numbers of
 *       the first bytes; the {@link com.vita.platform.storage.DocumentKind} decides which types are
 *       accepted (identity and business documents: PDF, JPEG, PNG only). Anything else, a renamed
 *       executable, HTML, SVG, an empty file, is refused with 415. The client's name and {@code
 *       Content-Type} are never consulted.
 *   <li><b>Size counted while streaming.</b> The copy stops with 413 as soon as it passes {@code
 *       storage.max-bytes}, and whatever was written is removed, so a client can never make VITA
 *       hold more than the limit. Uploads go to a temporary file first (in the target directory
 *       locally, then moved atomically; in the JVM's temp directory for S3, which needs the length
 *       up front): no reader ever sees half a document, and no partial S3 object exists.
 *   <li><b>Keys are generated.</b> {@code <kind>/<yyyy>/<mm>/<uuid>}: a client's file name never
 *       becomes a path or an object name. It is kept only cleaned ({@code FileNames}: no
 *       directories, {@code ..}, control or bidi characters; 120 characters at most) for display. A
 *       key that does not have the generated shape is answered as not found, and the local
 *       implementation also checks that the resolved path stays under its root.
 *   <li><b>Encrypted at rest in S3</b> with SSE-S3 (AES-256) by default or SSE-KMS when {@code
 *       storage.s3.kms-key-id} is set. Credentials come from the SDK's default chain (environment
 *       variables, instance or task roles), never from VITA's configuration.
 *   <li><b>Downloads.</b> S3 gives a presigned GET link valid up to 7 days; the local disk has
 *       none, so callers stream {@code open(key)} through an authorised endpoint instead.
 *   <li><b>Counted.</b> {@code CountedDocumentStorage} wraps either implementation and counts every
 *       call as {@code storage_operations_total{operation, result}}, {@code refused} being the
 *       client's fault and {@code failed} the disk's or S3's.
 *   <li><b>Readiness.</b> {@code StorageReadiness} reports the mode and is down when the local root
 *       is not writable or the bucket does not answer {@code HeadBucket} within 2 seconds.
 * </ul>
 */
package com.vita.platform.storage;
