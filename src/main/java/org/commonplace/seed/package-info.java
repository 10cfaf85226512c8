/**
 * Loads {@code seed-content/} (packaged in the WAR) once and idempotently at start-up: spaces, the demo
 * accounts in demo mode, the first administrator in production. A ledger of applied items means a second
 * start changes nothing, even for items that were edited or deleted since.
 */
package org.commonplace.seed;
