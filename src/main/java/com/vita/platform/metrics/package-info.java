/**
 * HTTP metrics for every API request, tagged by method, route template (never the raw path, so ids
 * in paths cannot explode the series count) and status, exposed by MicroProfile Metrics at {@code
 * /metrics} in Prometheus text.
 */
package com.vita.platform.metrics;
