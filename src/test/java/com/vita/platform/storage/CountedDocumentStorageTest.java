package com.vita.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountedDocumentStorageTest {

  @TempDir Path root;

  /** counter tags ("operation=store,result=ok") to how often they were incremented */
  private final Map<String, Integer> counted = new TreeMap<>();

  @Test
  void probingHealthNeedsNoMetricRegistry() {
    // Readiness is probed while the application deploys, before its registry exists.
    DocumentStorage storage =
        new CountedDocumentStorage(
            new LocalDiskStorage(root, 4096, Clock.systemUTC()),
            () -> {
              throw new NullPointerException("no application registry yet");
            });
    assertTrue(storage.health().up());
  }

  @Test
  void countsEachCallByOperationAndResult() throws IOException {
    DocumentStorage storage =
        new CountedDocumentStorage(
            new LocalDiskStorage(root, 4096, Clock.systemUTC()), this::registry);

    StoredDocument stored =
        storage.store(new ByteArrayInputStream(Samples.png()), DocumentKind.PRODUCT_IMAGE, null);
    storage.open(stored.key()).close();
    assertThrows(
        UnsupportedDocumentException.class,
        () ->
            storage.store(
                new ByteArrayInputStream(Samples.exe()), DocumentKind.PRODUCT_IMAGE, null));
    assertThrows(DocumentNotFoundException.class, () -> storage.open("../x"));
    storage.delete(stored.key());

    DocumentStorage broken =
        new CountedDocumentStorage(
            new LocalDiskStorage(
                Files.writeString(root.resolve("file"), "x"), 4096, Clock.systemUTC()),
            this::registry);
    assertThrows(
        UncheckedIOException.class,
        () ->
            broken.store(
                new ByteArrayInputStream(Samples.pdf()), DocumentKind.IDENTITY_DOCUMENT, null));

    assertEquals(
        Map.of(
            "operation=delete,result=ok", 1,
            "operation=open,result=ok", 1,
            "operation=open,result=refused", 1,
            "operation=store,result=failed", 1,
            "operation=store,result=ok", 1,
            "operation=store,result=refused", 1),
        counted);
  }

  /** A registry that only hands out counters, which record their tags here. */
  private MetricRegistry registry() {
    return (MetricRegistry)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {MetricRegistry.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("counter")) {
                throw new UnsupportedOperationException(method.getName());
              }
              String tags =
                  Arrays.stream((Tag[]) args[1])
                      .map(tag -> tag.getTagName() + "=" + tag.getTagValue())
                      .collect(Collectors.joining(","));
              return Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {Counter.class},
                  (counter, call, ignored) -> {
                    if (call.getName().equals("inc")) {
                      counted.merge(tags, 1, Integer::sum);
                      return null;
                    }
                    throw new UnsupportedOperationException(call.getName());
                  });
            });
  }
}
