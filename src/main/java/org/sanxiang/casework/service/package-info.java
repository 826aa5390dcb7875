/**
 * The licensing core on PostgreSQL and REST: {@code LicensingCases} stores each case (the
 * core's {@code LicensingCase} as JSON beside searchable columns, optimistic locking on
 * its revision) and every event; {@code Casework} runs one transaction per command —
 * intake (行政许可法 第二十九条、第三十二条), staff actions dispatched to the core, events published in
 * the same transaction (JL-1) — and {@code DeemedAcceptanceSweep} deems acceptance daily
 * where no correction notice came in time (XK-32b). Internal to the casework module.
 */
package org.sanxiang.casework.service;
