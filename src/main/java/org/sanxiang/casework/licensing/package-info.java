/**
 * 行政许可 — the licensing case from receipt to archive as pure domain code: no Spring, no
 * database. {@link org.sanxiang.casework.licensing.LicensingCase} is the aggregate; its
 * state is one record of the sealed
 * {@link org.sanxiang.casework.licensing.LicensingState}; every transition returns an
 * {@link org.sanxiang.casework.licensing.Outcome}: the next case with its event, or a
 * {@link org.sanxiang.casework.licensing.TransitionRefused} naming the state, the rule
 * and article, and the allowed actions. The statutory rules are small named policies
 * (…{@code Policy}) answering a {@link org.sanxiang.casework.licensing.Verdict}; the
 * clocks are {@link org.sanxiang.casework.licensing.CaseDeadlines}, counted in working
 * days (行政许可法 第八十二条). Internal to the casework module until another module needs it.
 */
package org.sanxiang.casework.licensing;
