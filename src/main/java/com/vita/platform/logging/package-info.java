/**
 * Structured logs: one JSON object per line on the console, with the request id of the request
 * being served. Application code logs through {@link java.lang.System.Logger} (one static logger
 * per class, {@code System.getLogger(X.class.getName())}); the JDK routes it to {@code
 * java.util.logging}, where {@link com.vita.platform.logging.JsonLogInstaller} formats the {@code
 * com.vita} logger tree's records in VITA's JSON through the server's own console handler, so that
 * one handler writes every line whole. Payara's own lines are JSON too, through the formatter
 * chosen in {@code server-config/logging.properties}.
 */
package com.vita.platform.logging;
