package com.vita.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds a name into the characters of an address segment: {@code "Café & Ñandú"} → {@code
 * cafe-and-nandu}. One rule for every URL-safe name VITA derives (store slugs, usernames), so an
 * account called "Þóra" and her store "Þóra" fold alike.
 */
public final class AsciiFold {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

  // Latin letters that are not a base letter plus a combining mark, so NFKD leaves them whole.
  private static final Map<Integer, String> LETTERS =
      Map.ofEntries(
          Map.entry((int) 'ß', "ss"),
          Map.entry((int) 'æ', "ae"),
          Map.entry((int) 'œ', "oe"),
          Map.entry((int) 'ø', "o"),
          Map.entry((int) 'ł', "l"),
          Map.entry((int) 'đ', "d"),
          Map.entry((int) 'ð', "d"),
          Map.entry((int) 'þ', "th"),
          Map.entry((int) 'ı', "i"),
          Map.entry((int) '&', " and "));

  private AsciiFold() {}

  /**
   * The text lower-cased, accents dropped (NFKD, so ligatures and full-width letters fold too),
   * every run of other characters one hyphen, no hyphen at either end; empty when nothing is left.
   */
  public static String hyphenated(String text) {
    String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
    String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    StringBuilder latin = new StringBuilder(lower.length());
    lower.codePoints().forEach(c -> latin.append(LETTERS.getOrDefault(c, Character.toString(c))));
    return trimHyphens(SEPARATORS.matcher(latin).replaceAll("-"));
  }

  /** The text without hyphens at either end (after a cut, say). */
  public static String trimHyphens(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '-') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(start, end);
  }
}
