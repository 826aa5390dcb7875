/**
 * 绩效考核 ({@code Assessment}): versioned scoring schemes per agency whose weights on the
 * per-unit indicators of {@code supervision.kpi}, the findings of 督查 (read only through
 * {@code InspectionFindings}) and the ledger's completion sum to exactly 100; quarterly
 * and annual scores per unit computed from those records on every read, never typed in,
 * each part explained and linked to the records behind it; and commendations (表彰奖励) and
 * accountability measures (问责, e.g. 取消本年度评优评先资格) with their reasons, resting on a unit's
 * score or its findings.
 */
package org.sanxiang.supervision.assessment;
