/**
 * The local stack: a real PostgreSQL 15 and Redis for the run command and the integration tests, on
 * machines that have neither installed.
 *
 * <p>PostgreSQL comes from the zonky binaries jar, unpacked once into a cache keyed by the
 * archive's hash. Its binaries refuse to run as root, and our machines and CI run as root, so a
 * root JVM runs them as an unprivileged system user ({@link com.vita.devstack.ServerAccount}). When
 * that user cannot reach the directory asked for (a clone under /root, mode 0700), the cluster
 * lives under /var/lib/vita and the directory links to it ({@link com.vita.devstack.ClusterPlace}).
 * Redis comes from the codemonstur embedded-redis jar. Nothing used by the tests registers shutdown
 * hooks or other global state: callers decide when the servers stop. Only the run command's main
 * ({@link com.vita.devstack.VitaDevServer}) does: a shutdown hook, an exit when Maven is gone
 * ({@link com.vita.devstack.ParentWatch}) and a guard process for when it dies itself ({@link
 * com.vita.devstack.StackGuard}).
 */
package com.vita.devstack;
