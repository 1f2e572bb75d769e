package com.vita.platform.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who the client is, for the limits. The peer address, unless the peer is one of {@code
 * ratelimit.trusted-proxies}: then the right-most {@code X-Forwarded-For} address that is not
 * itself a trusted proxy. Everything left of that was written by the client and is ignored, so a
 * forged header never buys a fresh budget. An IPv6 client counts as its /64 network, the block one
 * subscriber gets, so rotating addresses inside it buys nothing either.
 */
@ApplicationScoped
public class ClientAddresses {

  static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final int IPV6_SUBSCRIBER_PREFIX = 64;

  // Optional<String>, not Optional<List<String>>: Payara's config producer fails on the latter.
  @Inject
  @ConfigProperty(name = "ratelimit.trusted-proxies")
  Optional<String> trustedProxies;

  private List<IpRange> trusted = List.of();

  public ClientAddresses() {}

  ClientAddresses(List<String> trustedProxies) {
    this.trusted = ranges(trustedProxies);
  }

  @PostConstruct
  void readTrustedProxies() {
    trusted = ranges(List.of(trustedProxies.orElse("").split(",")));
  }

  /** Created at start-up, so a malformed entry fails the deployment, not every request. */
  void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  /**
   * The client of the request: an IPv4 address, or an IPv6 /64 network ({@code
   * 2001:db8:0:7:0:0:0:0/64}).
   */
  public String clientOf(HttpServletRequest request) {
    return clientOf(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)));
  }

  /**
   * The client's own address, by the same rule (not its /64), e.g. to compare with allowed
   * networks; empty when the peer is not an IP address.
   */
  public Optional<InetAddress> addressOf(HttpServletRequest request) {
    return addressOf(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)));
  }

  String clientOf(String peer, List<String> forwardedForHeaders) {
    // not IP (e.g. a Unix socket): the container's own name for the peer
    return addressOf(peer, forwardedForHeaders).map(ClientAddresses::keyOf).orElse(peer);
  }

  Optional<InetAddress> addressOf(String peer, List<String> forwardedForHeaders) {
    Optional<InetAddress> peerAddress = IpAddresses.parse(peer);
    if (peerAddress.isEmpty()) {
      return Optional.empty();
    }
    InetAddress client = peerAddress.get();
    List<String> hops = hops(forwardedForHeaders);
    for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
      Optional<InetAddress> hop = IpAddresses.parseHop(hops.get(i));
      if (hop.isEmpty()) {
        break; // a trusted proxy wrote no address here: the last one it vouched for stands
      }
      client = hop.get();
    }
    return Optional.of(client);
  }

  private boolean isTrusted(InetAddress address) {
    return trusted.stream().anyMatch(range -> range.contains(address));
  }

  private static String keyOf(InetAddress client) {
    if (client instanceof Inet6Address) {
      byte[] network = IpAddresses.network(client.getAddress(), IPV6_SUBSCRIBER_PREFIX);
      return IpAddresses.byAddress(network).getHostAddress() + "/" + IPV6_SUBSCRIBER_PREFIX;
    }
    return client.getHostAddress();
  }

  /** All entries of all the headers, in order: proxies append, and may add a header each. */
  private static List<String> hops(List<String> headers) {
    List<String> hops = new ArrayList<>();
    for (String header : headers) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.trim());
        }
      }
    }
    return hops;
  }

  private static List<IpRange> ranges(List<String> entries) {
    return IpRange.parseAll("ratelimit.trusted-proxies", entries);
  }
}
