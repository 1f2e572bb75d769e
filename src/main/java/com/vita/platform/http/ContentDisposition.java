package com.vita.platform.http;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition: attachment} for a download (RFC 6266): the name twice, as {@code
 * filename*=UTF-8''…} (RFC 8187 percent-encoding, so "constitución.pdf" survives) and as an
 * ASCII-only {@code filename="…"} for clients that do not read the extended form. Neither can carry
 * a quote, backslash, semicolon or line break, so a crafted name cannot end the header or add
 * another one.
 */
public final class ContentDisposition {

  private static final String FALLBACK_NAME = "download";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ContentDisposition() {}

  /** The header value for downloading content under this name ({@code download} when none). */
  public static String attachment(String fileName) {
    String name = fileName == null || fileName.isBlank() ? FALLBACK_NAME : fileName.strip();
    return "attachment; filename=\""
        + asciiFallback(name)
        + "\"; filename*=UTF-8''"
        + percentEncoded(name);
  }

  /**
   * The name in printable ASCII: accents are dropped ("ó" becomes "o"); anything else outside
   * printable ASCII, the characters that end a quoted string ({@code "}, {@code \}), {@code ;}
   * (naive parsers split on it) and {@code %} (some browsers decode {@code %XX} here, RFC 6266
   * appendix D) become {@code _}.
   */
  static String asciiFallback(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder ascii = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(
            c -> {
              boolean printable = c >= 0x20 && c < 0x7f;
              boolean quoting = c == '"' || c == '\\' || c == ';' || c == '%';
              ascii.append(printable && !quoting ? (char) c : '_');
            });
    String result = ascii.toString().strip();
    return result.isEmpty() ? FALLBACK_NAME : result;
  }

  /** RFC 8187 {@code value-chars}: UTF-8 bytes, every byte but {@code attr-char} as {@code %XX}. */
  static String percentEncoded(String name) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isAttrChar(c)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0f]);
      }
    }
    return encoded.toString();
  }

  private static boolean isAttrChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$&+-.^_`|~".indexOf(c) >= 0;
  }
}
