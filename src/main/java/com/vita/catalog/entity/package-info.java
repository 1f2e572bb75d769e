/**
 * The catalogue's entities: {@link com.vita.catalog.entity.Product} (SKU, text, price as {@code
 * Money} in the store's currency, stock, weight and {@link com.vita.catalog.entity.Dimensions} for
 * shipping, {@link com.vita.catalog.entity.ProductStatus}), its immutable {@link
 * com.vita.catalog.entity.StockMovement} history and its {@link
 * com.vita.catalog.entity.ProductImage} renditions.
 */
package com.vita.catalog.entity;
