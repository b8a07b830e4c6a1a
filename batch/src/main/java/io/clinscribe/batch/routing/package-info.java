/** Which capability reads an input (by its first bytes and name), and the per-JVM processor that routes to it. */
package io.clinscribe.batch.routing;
