/**
 * 开放数据 — the decisions public today, for machines: CSV and JSON downloads, the 信用中国 双公示
 * 行政许可 layout (GS-7, XK_* columns, ID numbers never filled), an Atom feed (RFC 4287) and
 * the push outbox to the provincial supervision platform (HTTP webhook with idempotency
 * keys, retries with backoff and a dead-letter list an administrator replays). Everything
 * here reads publications only through
 * {@link org.sanxiang.disclosure.PublishedDecisions}, so what leaves is exactly what the
 * portal shows: never an ID number (GS-5, GS-7), never a held-back or pending
 * publication, withdrawn ones with their public explanation (GS-4).
 */
package org.sanxiang.disclosure.opendata;
