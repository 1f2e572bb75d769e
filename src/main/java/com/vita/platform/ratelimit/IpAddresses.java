package com.vita.platform.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IP literals from headers and configuration, parsed without ever asking DNS: {@link
 * InetAddress#getByName} would resolve a host name a client wrote into {@code X-Forwarded-For}.
 */
final class IpAddresses {

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");
  private static final Pattern WITH_PORT =
      Pattern.compile("\\[([^\\]]+)](?::\\d{1,5})?|(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");

  private IpAddresses() {}

  /** A bare IPv4 or IPv6 literal (an IPv6 zone such as {@code %eth0} is dropped), else empty. */
  static Optional<InetAddress> parse(String literal) {
    String address = literal.trim();
    int zone = address.indexOf('%');
    if (zone >= 0) {
      address = address.substring(0, zone);
    }
    Matcher v4 = IPV4.matcher(address);
    if (v4.matches()) {
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int octet = Integer.parseInt(v4.group(i + 1));
        if (octet > 255) {
          return Optional.empty();
        }
        bytes[i] = (byte) octet;
      }
      return Optional.of(byAddress(bytes));
    }
    if (IPV6.matcher(address).matches()) {
      try {
        // Starts with a hex digit or colon and has a colon: the JDK parses it as an IPv6 literal
        // and never looks it up as a host name.
        return Optional.of(InetAddress.getByName(address));
      } catch (UnknownHostException invalid) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * One {@code X-Forwarded-For} entry, which may carry a port: {@code 1.2.3.4:80}, {@code
   * [::1]:80}.
   */
  static Optional<InetAddress> parseHop(String hop) {
    Matcher withPort = WITH_PORT.matcher(hop.trim());
    if (withPort.matches()) {
      return parse(withPort.group(1) != null ? withPort.group(1) : withPort.group(2));
    }
    return parse(hop);
  }

  /** The first {@code prefixLength} bits of the address, the rest zero. */
  static byte[] network(byte[] address, int prefixLength) {
    byte[] network = address.clone();
    for (int bit = prefixLength; bit < network.length * 8; bit++) {
      network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
    }
    return network;
  }

  static InetAddress byAddress(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException wrongLength) {
      throw new IllegalArgumentException(wrongLength);
    }
  }
}
