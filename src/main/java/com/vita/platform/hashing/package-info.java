/** Digests shared by components: issued secrets and webhook deliveries are kept as SHA-256. */
package com.vita.platform.hashing;
