/**
 * Countries: {@link com.vita.platform.country.CountryCode} (any ISO 3166-1 alpha-2 code, checked)
 * and {@link com.vita.platform.country.Country}, the five markets with their currencies. Shared by
 * every component that prices, ships or verifies something per country.
 */
package com.vita.platform.country;
