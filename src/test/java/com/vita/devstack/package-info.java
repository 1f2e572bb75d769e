/**
 * The local stack: a real PostgreSQL 15 and Redis for the run command and the integration tests, on
 * machines that have neither installed.
 *
 * <p>PostgreSQL comes from the zonky binaries jar, unpacked once into a cache keyed by the
 * archive's hash. Its binaries refuse to run as root, and our machines and CI run as root, so a
 * root JVM runs them as an unprivileged system user ({@link com.vita.devstack.ServerAccount}).
 * Redis comes from the codemonstur embedded-redis jar. Nothing here registers shutdown hooks or
 * other global state: callers decide when the servers stop.
 */
package com.vita.devstack;
