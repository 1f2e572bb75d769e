package com.vita.imports.control;

import java.io.IOException;

/**
 * A file the import cannot read: not a workbook, a zip bomb, XML with a DTD (XXE), a broken CSV. At
 * upload it is a 400; inside a job it ends the job with the message recorded.
 */
public class UnreadableFile extends RuntimeException {

  public UnreadableFile(String message) {
    super(message);
  }

  private UnreadableFile(String message, Throwable cause) {
    super(message, cause);
  }

  /** A message a seller can act on, from what the parser threw. */
  static UnreadableFile of(Throwable e) {
    if (e instanceof UnreadableFile unreadable) {
      return unreadable;
    }
    String detail = String.valueOf(e.getMessage());
    String message;
    if (detail.contains("Zip bomb") || detail.contains("exceeds the max")) {
      message = "The workbook expands far beyond its size (a zip bomb?) and was not read";
    } else if (detail.contains("DOCTYPE") || detail.contains("DTD") || detail.contains("entity")) {
      message = "The workbook contains a document type declaration (DTD), which is not allowed";
    } else if (e instanceof IOException || e.getClass().getName().contains("openxml4j")) {
      message = "The file is not a readable .xlsx workbook";
    } else {
      message = "The file could not be read: " + truncated(detail);
    }
    return new UnreadableFile(message, e);
  }

  private static String truncated(String text) {
    return text.length() > 200 ? text.substring(0, 200) : text;
  }
}
