package com.vita.platform.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The file name of a {@code multipart/form-data} part as the client meant it. Browsers write it as
 * raw UTF-8 bytes in the part's {@code Content-Disposition} (RFC 7578, the HTML standard), but the
 * multipart parser Payara ships (Jersey's, on MIMEPull) reads part headers as ISO-8859-1, so
 * "constitución.pdf" arrives as "constituciÃ³n.pdf". This undoes that: a name whose characters are
 * all single bytes that together are valid UTF-8 is read again as UTF-8. A name that is not (plain
 * ASCII, a genuinely Latin-1 name, one already decoded right) is returned as it is.
 */
public final class FormFileNames {

  private FormFileNames() {}

  public static String decoded(String fileName) {
    if (fileName == null || fileName.chars().allMatch(c -> c < 0x80)) {
      return fileName;
    }
    if (fileName.chars().anyMatch(c -> c > 0xff)) {
      return fileName; // not read byte by byte: already decoded by someone who knew better
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(fileName.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return fileName;
    }
  }
}
