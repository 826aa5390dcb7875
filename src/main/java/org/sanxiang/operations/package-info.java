/**
 * 运维 — what the platform tells the people who run it: Prometheus metrics of the journal
 * (its size, the latest signed tree head, the latest verification), of casework (open and
 * overdue cases, transitions by type) and of evidence (bytes stored), read from the other
 * modules' public APIs and events and cached so that a scrape costs no query of its own
 * most of the time. The health of the blob store and of the signing key live in the
 * modules that own them (platform, journal). Nothing depends on this module.
 */
package org.sanxiang.operations;
