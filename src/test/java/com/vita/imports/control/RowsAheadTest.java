package com.vita.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RowsAheadTest {

  private static String csv(int rows) {
    StringBuilder csv = new StringBuilder("sku,nombre,precio\n");
    for (int n = 1; n <= rows; n++) {
      csv.append('S').append(n).append(",Nombre ").append(n).append(',').append(n).append('\n');
    }
    return csv.toString();
  }

  /** The CSV's bytes, counting how many the parser has taken so far. */
  private static InputStream counted(String csv, AtomicLong taken) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        int n = super.read(b, off, Math.min(len, 64));
        taken.addAndGet(Math.max(n, 0));
        return n;
      }
    };
  }

  @Test
  void handsOverEveryRowInOrderThenTheEnd() {
    AtomicLong taken = new AtomicLong();
    DataRows file = DataRows.of(CsvRows.open(counted(csv(5000), taken)), 10, 10_000);
    try (RowsAhead rows = new RowsAhead(file, 100, Thread::new)) {
      for (int n = 1; n <= 5000; n++) {
        SourceRow row = rows.next();
        assertEquals(n + 1L, row.number());
        assertEquals("S" + n, row.value(ImportColumn.SKU));
      }
      assertNull(rows.next());
      assertNull(rows.next());
    }
  }

  @Test
  void parsesAtMostTheQueueAheadOfTheJob() throws InterruptedException {
    AtomicLong taken = new AtomicLong();
    String text = csv(20_000);
    DataRows file = DataRows.of(CsvRows.open(counted(text, taken)), 10, 100_000);
    try (RowsAhead rows = new RowsAhead(file, 100, Thread::new)) {
      rows.next();
      Thread.sleep(300); // time enough to parse the whole file, were it not bounded
      assertTrue(
          taken.get() < text.length() / 4,
          "read " + taken.get() + " of " + text.length() + " bytes ahead of one row");
    }
  }

  @Test
  void aParseFailureReachesTheJobAfterTheRowsBeforeIt() {
    DataRows file =
        DataRows.of(
            CsvRows.open(new ByteArrayInputStream(csv(3).getBytes(StandardCharsets.UTF_8))), 10, 2);
    try (RowsAhead rows = new RowsAhead(file, 100, Thread::new)) {
      assertEquals("S1", rows.next().value(ImportColumn.SKU));
      assertEquals("S2", rows.next().value(ImportColumn.SKU));
      UnreadableFile failure = assertThrows(UnreadableFile.class, rows::next);
      assertTrue(failure.getMessage().contains("more than 2 rows"), failure.getMessage());
      assertNull(rows.next());
    }
  }

  @Test
  void closingMidFileStopsTheParserAndClosesTheFile() throws IOException {
    AtomicReference<Thread> parser = new AtomicReference<>();
    AtomicLong closes = new AtomicLong();
    InputStream in =
        new ByteArrayInputStream(csv(50_000).getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closes.incrementAndGet();
          }
        };
    DataRows file = DataRows.of(CsvRows.open(in), 10, 100_000);
    RowsAhead rows =
        new RowsAhead(
            file,
            10,
            task -> {
              Thread t = new Thread(task);
              parser.set(t);
              return t;
            });
    rows.next();
    rows.close();
    assertFalse(parser.get().isAlive());
    assertEquals(1, closes.get());
  }
}
