package com.vita.shipping.control;

import com.vita.platform.country.CountryCode;

/**
 * Where a shipment goes, as rates see it: the country, the region as VITA knows it (null when the
 * address named none VITA recognises) and the zone it is priced in.
 *
 * @param regionCode the ISO 3166-2 subdivision code without the country prefix ({@code RM}), or
 *     null
 * @param regionName the region's official name, or null
 */
public record Destination(CountryCode country, String regionCode, String regionName, int zone) {

  /** True when the region was not recognised and the country's default zone applies. */
  public boolean defaultZone() {
    return regionCode == null;
  }
}
