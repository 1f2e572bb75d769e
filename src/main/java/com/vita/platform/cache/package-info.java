/**
 * The Redis connection (Jedis), when {@code REDIS_URL} is configured. Without it VITA runs on a
 * single instance with in-process state; features that must be shared between instances (rate
 * limits, token deny-lists, caches) ask {@link com.vita.platform.cache.RedisConnection} which mode
 * they are in.
 */
package com.vita.platform.cache;
