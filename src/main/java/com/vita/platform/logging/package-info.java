/**
 * Structured logs: one JSON object per line on standard output, with the request id of the request
 * being served. Application code logs through {@link java.lang.System.Logger} (one static logger
 * per class, {@code System.getLogger(X.class.getName())}); the JDK routes it to {@code
 * java.util.logging}, where {@link com.vita.platform.logging.JsonLogInstaller} puts a JSON handler
 * on the {@code com.vita} logger tree. Payara's own lines are JSON too, through the formatter
 * chosen in {@code server-config/logging.properties}.
 */
package com.vita.platform.logging;
