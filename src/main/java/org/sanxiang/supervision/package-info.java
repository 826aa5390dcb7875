/**
 * 督查 — the organisational guarantee of the three systems: the leadership group (领导小组) and
 * its office, the implementation ledger (落实台账, {@code Ledger}), inspections of the work
 * ({@code SupervisionCheck}), indicators computed from the other modules' records (never
 * typed in), assessment of units ({@code Assessment}) and alerts. It reads the other
 * modules' public APIs and events; nothing depends on it.
 * <p>
 * Sub-packages: {@code ledger} (leadership group, ledger tasks, progress and evidence),
 * {@code kpi} (indicators per agency, unit, officer and month with drill-down to the
 * cases behind each number, and the 双随机 inspections' coverage, completion and overdue
 * ones read through {@code inspection.InspectionStatistics}), {@code inspection} (督查
 * checks: reproducible samples of closed cases, pre-filled checklists, findings as
 * rectification tasks, the quarterly report), {@code assessment} (绩效考核: versioned scoring
 * schemes, unit scores computed from the data, 表彰奖励 and 问责) and {@code alerts} (the
 * notification centre and the daily e-mail digest, computed from the other modules'
 * current state).
 */
package org.sanxiang.supervision;
