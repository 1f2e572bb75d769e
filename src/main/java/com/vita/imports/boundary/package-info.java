/** The import's HTTP entry points; the work is in {@code control}. */
package com.vita.imports.boundary;
