package com.vita.platform.http;

import com.vita.platform.problems.ProblemException;
import com.vita.platform.problems.ProblemType;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code multipart/form-data} body as a resource needs it: the text fields by name and the files
 * of one field, with the client's UTF-8 file names ({@link FormFileNames}). More files than allowed
 * is a 400 before any is read: the body limit bounds the bytes, this the count.
 */
public record MultipartForm(Map<String, String> fields, List<File> files) {

  /** One uploaded file; its content is read once, by whoever stores it. */
  public record File(String fileName, InputStream content) {}

  public MultipartForm {
    fields = Map.copyOf(fields);
    files = List.copyOf(files);
  }

  /**
   * Splits the parts into fields and the files sent as {@code fileField}.
   *
   * @throws ProblemException 400 without a multipart body or with more than {@code maxFiles} files
   */
  public static MultipartForm of(List<EntityPart> parts, String fileField, int maxFiles) {
    if (parts == null) {
      throw new ProblemException(ProblemType.BAD_REQUEST, "A multipart/form-data body is required");
    }
    long fileCount = parts.stream().filter(p -> fileField.equals(p.getName())).count();
    if (fileCount > maxFiles) {
      throw ProblemException.invalidField(
          fileField, "at most " + maxFiles + " " + fileField + " per request");
    }
    Map<String, String> fields = new HashMap<>();
    List<File> files = new ArrayList<>();
    try {
      for (EntityPart part : parts) {
        if (fileField.equals(part.getName())) {
          String name = FormFileNames.decoded(part.getFileName().orElse(null));
          files.add(new File(name, part.getContent()));
        } else {
          fields.put(part.getName(), part.getContent(String.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MultipartForm(fields, files);
  }

  public String field(String name) {
    return fields.get(name);
  }
}
