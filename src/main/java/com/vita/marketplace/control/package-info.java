/**
 * The marketplace's logic: SQL over the database-kept listing (ListingStatements, run by
 * ListingSearch and Suggestions with a query timeout each), categories, featured slots, admins'
 * curation (decisions and rules: the triggers do the rest), and the cache under the listing's
 * generation. Plain JDBC on the server's pool: the listing is not an entity, and statement timeouts
 * and full-text operators are PostgreSQL's, not JPA's.
 */
package com.vita.marketplace.control;
