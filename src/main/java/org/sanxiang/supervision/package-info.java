/**
 * 督查 — the organisational guarantee of the three systems: the leadership group (领导小组) and
 * its office, the implementation ledger (落实台账, {@code Ledger}), inspections of the work
 * ({@code SupervisionCheck}), indicators computed from the other modules' records (never
 * typed in), assessment of units ({@code Assessment}) and alerts. It reads the other
 * modules' public APIs and events; nothing depends on it.
 * <p>
 * Sub-packages: {@code ledger} (leadership group, ledger tasks, progress and evidence),
 * {@code kpi} (indicators per agency, unit, officer and month with drill-down to the
 * cases behind each number).
 */
package org.sanxiang.supervision;
