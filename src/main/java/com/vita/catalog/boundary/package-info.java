/** The catalogue's resources: products, stock, images, export and the public store pages. */
package com.vita.catalog.boundary;
