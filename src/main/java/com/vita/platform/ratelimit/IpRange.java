package com.vita.platform.ratelimit;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * One entry of a list of networks ({@code ratelimit.trusted-proxies}, {@code
 * metrics.allowed-networks}): an address, or a CIDR block of them.
 */
public final class IpRange {

  private final byte[] network;
  private final int prefixLength;

  private IpRange(byte[] network, int prefixLength) {
    this.network = network;
    this.prefixLength = prefixLength;
  }

  /**
   * The entries of a setting, e.g. {@code 10.0.0.0/8, ::1}; blank ones are skipped.
   *
   * @throws IllegalArgumentException naming the setting and the entry that is not a range
   */
  public static List<IpRange> parseAll(String setting, List<String> entries) {
    return entries.stream()
        .map(String::strip)
        .filter(entry -> !entry.isEmpty())
        .map(
            entry -> {
              try {
                return parse(entry);
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(setting + ": " + e.getMessage(), e);
              }
            })
        .toList();
  }

  /** {@code 10.0.0.7}, {@code 10.0.0.0/8}, {@code 2001:db8::/32}, {@code ::1}. */
  static IpRange parse(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    byte[] bytes = IpAddresses.parse(address).orElseThrow(() -> notARange(text)).getAddress();
    int bits = bytes.length * 8;
    int prefixLength = bits;
    if (slash >= 0) {
      try {
        prefixLength = Integer.parseInt(trimmed.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw notARange(text);
      }
      if (prefixLength < 0 || prefixLength > bits) {
        throw notARange(text);
      }
    }
    return new IpRange(IpAddresses.network(bytes, prefixLength), prefixLength);
  }

  public boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == network.length
        && Arrays.equals(IpAddresses.network(bytes, prefixLength), network);
  }

  private static IllegalArgumentException notARange(String text) {
    return new IllegalArgumentException("'" + text + "' is not an IP address or CIDR block");
  }
}
