package com.vita.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressesTest {

  private static final String PROXY = "10.0.0.2";

  private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", "::1"));
  private final ClientAddresses direct = new ClientAddresses(List.of());

  @Test
  void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
    assertEquals("198.51.100.7", direct.clientOf("198.51.100.7", List.of()));
    assertEquals("198.51.100.7", direct.clientOf("198.51.100.7", List.of("203.0.113.9")));
    assertEquals("10.0.0.2", direct.clientOf(PROXY, List.of("203.0.113.9")));
  }

  @Test
  void aPeerThatIsNoTrustedProxyCannotNameAnotherClient() {
    assertEquals(
        "198.51.100.7", behindProxies.clientOf("198.51.100.7", List.of("203.0.113.9, 10.0.0.5")));
  }

  @Test
  void behindATrustedProxyTheClientIsTheAddressItAppended() {
    assertEquals("203.0.113.9", behindProxies.clientOf(PROXY, List.of("203.0.113.9")));
  }

  @Test
  void addressesAClientPutInFrontAreIgnored() {
    // The client sent "X-Forwarded-For: 6.6.6.6, 7.7.7.7"; the proxy appended what it saw.
    assertEquals(
        "203.0.113.9", behindProxies.clientOf(PROXY, List.of("6.6.6.6, 7.7.7.7, 203.0.113.9")));
  }

  @Test
  void trustedProxiesInTheChainAreSkippedFromTheRight() {
    assertEquals(
        "203.0.113.9",
        behindProxies.clientOf(PROXY, List.of("6.6.6.6, 203.0.113.9, 10.1.2.3, 10.200.0.1")));
  }

  @Test
  void repeatedHeadersAreReadAsOneListInOrder() {
    assertEquals(
        "203.0.113.9",
        behindProxies.clientOf(PROXY, List.of("6.6.6.6", "203.0.113.9, 10.0.0.5", " ")));
  }

  @Test
  void whenEveryHopIsTrustedTheFirstOneIsTheClient() {
    assertEquals("10.9.9.9", behindProxies.clientOf(PROXY, List.of("10.9.9.9, 10.0.0.5")));
    assertEquals("10.0.0.2", behindProxies.clientOf(PROXY, List.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown", "evil.example", "localhost", "256.1.1.1", "1.2.3", "_hidden"})
  void somethingThatIsNoAddressStopsAtTheLastTrustedHop(String junk) {
    // localhost must not be resolved: as 127.0.0.1 it would not be trusted here and win.
    assertEquals(
        "10.0.0.5", behindProxies.clientOf(PROXY, List.of("203.0.113.9, " + junk + ", 10.0.0.5")));
    assertEquals(PROXY, behindProxies.clientOf(PROXY, List.of("203.0.113.9, " + junk)));
  }

  @Test
  void aHostNameThatWouldResolveToATrustedProxyIsNotResolved() {
    ClientAddresses loopbackProxy = new ClientAddresses(List.of("127.0.0.1"));
    assertEquals(
        "127.0.0.1", loopbackProxy.clientOf("127.0.0.1", List.of("203.0.113.9, localhost")));
  }

  @ParameterizedTest
  @CsvSource({
    "203.0.113.9:4711, 203.0.113.9",
    "'[2001:db8::1]:443', 2001:db8:0:0:0:0:0:0/64",
    "'[2001:db8::1]', 2001:db8:0:0:0:0:0:0/64",
    "::ffff:203.0.113.9, 203.0.113.9"
  })
  void portsBracketsAndMappedAddressesAreUnderstood(String hop, String client) {
    assertEquals(client, behindProxies.clientOf(PROXY, List.of(hop)));
  }

  @Test
  void anIpv6ClientCountsAsItsSlash64() {
    assertEquals(
        "2001:db8:1:2:0:0:0:0/64", behindProxies.clientOf(PROXY, List.of("2001:db8:1:2:3:4:5:6")));
    assertEquals(
        "2001:db8:1:2:0:0:0:0/64",
        behindProxies.clientOf(PROXY, List.of("2001:DB8:1:2:ffff:ffff:ffff:ffff")));
    assertEquals(
        "2001:db8:1:3:0:0:0:0/64", behindProxies.clientOf(PROXY, List.of("2001:db8:1:3::1")));
  }

  @Test
  void anIpv6PeerCanBeATrustedProxy() {
    assertEquals("203.0.113.9", behindProxies.clientOf("0:0:0:0:0:0:0:1", List.of("203.0.113.9")));
    ClientAddresses ipv6Proxies = new ClientAddresses(List.of("2001:db8:ffff::/48"));
    assertEquals("203.0.113.9", ipv6Proxies.clientOf("2001:db8:ffff:7::1", List.of("203.0.113.9")));
    assertEquals(
        "2001:db8:fffe:7:0:0:0:0/64",
        ipv6Proxies.clientOf("2001:db8:fffe:7::1", List.of("203.0.113.9")));
    assertEquals("fe80:0:0:0:0:0:0:0/64", direct.clientOf("fe80::1%eth0", List.of("203.0.113.9")));
  }

  @Test
  void cidrBlocksMatchTheirWholeRangeAndNothingElse() {
    ClientAddresses slash24 = new ClientAddresses(List.of(" 192.168.1.0/24 ", ""));
    assertEquals("203.0.113.9", slash24.clientOf("192.168.1.0", List.of("203.0.113.9")));
    assertEquals("203.0.113.9", slash24.clientOf("192.168.1.255", List.of("203.0.113.9")));
    assertEquals("192.168.2.0", slash24.clientOf("192.168.2.0", List.of("203.0.113.9")));
    assertEquals("192.168.0.255", slash24.clientOf("192.168.0.255", List.of("203.0.113.9")));

    ClientAddresses notAligned = new ClientAddresses(List.of("172.16.5.9/12"));
    assertEquals("203.0.113.9", notAligned.clientOf("172.31.255.1", List.of("203.0.113.9")));
    assertEquals("172.32.0.1", notAligned.clientOf("172.32.0.1", List.of("203.0.113.9")));

    ClientAddresses everyIpv4 = new ClientAddresses(List.of("0.0.0.0/0"));
    assertEquals("203.0.113.9", everyIpv4.clientOf("8.8.8.8", List.of("203.0.113.9")));
    assertEquals(
        "2001:db8:0:0:0:0:0:0/64", everyIpv4.clientOf("2001:db8::1", List.of("203.0.113.9")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "proxy.internal",
        "10.0.0.0/33",
        "10.0.0.0/",
        "10.0.0.0/x",
        "::1/129",
        "1.2.3.4:80"
      })
  void aMalformedTrustedProxyIsRefused(String entry) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of(entry)));
    assertEquals(
        "ratelimit.trusted-proxies: '" + entry + "' is not an IP address or CIDR block",
        refused.getMessage());
  }

  @Test
  void theClientsOwnAddressFollowsTheSameRuleButIsNotItsNetwork() throws Exception {
    assertEquals(
        Optional.of(InetAddress.getByName("2001:db8:1:2:3:4:5:6")),
        behindProxies.addressOf(PROXY, List.of("2001:db8:1:2:3:4:5:6")));
    assertEquals(
        Optional.of(InetAddress.getByName("203.0.113.9")),
        behindProxies.addressOf(PROXY, List.of("6.6.6.6, 203.0.113.9")));
    assertEquals(
        Optional.of(InetAddress.getByName("198.51.100.7")),
        direct.addressOf("198.51.100.7", List.of("10.0.0.5")));
    assertEquals(Optional.empty(), direct.addressOf("unix-socket", List.of()));
  }
}
