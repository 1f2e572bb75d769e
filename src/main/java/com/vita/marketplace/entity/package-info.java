/**
 * The marketplace's own state: the sorts a page is read in and the admins' featured slots. The
 * listing itself is a table the database keeps (V60), read by {@code control} in SQL.
 */
package com.vita.marketplace.entity;
