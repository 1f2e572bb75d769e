/**
 * Servlets that drive platform beans inside a real Payara Micro, for integration tests of pieces no
 * endpoint uses yet. They are compiled with the tests and added by {@link
 * com.vita.testing.probe.ProbeWar} to a copy of the WAR that a test deploys on its own server; the
 * shipped WAR never contains them.
 */
package com.vita.testing.probe;
