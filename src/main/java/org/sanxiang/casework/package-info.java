/**
 * 案件办理 — owns the case state machine of every enforcement case, starting with 行政许可
 * ({@code licensing}). Every transition first asks the law: a named policy answers
 * allowed, or refused with the rule id and article (RULES.md); a refusal is a value
 * naming the current state and the actions that are allowed, never an exception. Every
 * transition that happens raises one past-tense event carrying the case id, the actor,
 * the time, the reason and the catalog item version in force (全过程记录, RULES.md JL-1), for
 * the journal, disclosure and supervision modules to listen to. Periods are counted in
 * working days on the calendar module (行政许可法 第八十二条, T-1/T-2/T-3); time comes from an
 * injected {@link java.time.Clock}. A major decision (重大执法决定) is never made without a
 * passed legal review: {@link org.sanxiang.casework.DecisionGuard} is the seam the review
 * module implements (SH-1). Activities recorded on audio/video (site checks, hearings,
 * delivery by 留置 or 公告) need a recording in the evidence module or a reason a 负责人
 * approved (JL-3, JL-3b, JL-5); in a case marked as touching personal liberty, life and
 * health, or major property the recordings must cover each activity without a gap (JL-4).
 * A decision is delivered on the day its proof gives — the signature on the 送达回证, the
 * postal or electronic receipt, the day left at the address, 30 days after a public
 * notice (民事诉讼法 第八十七条至第九十一条、第九十五条, applied by reference) — and 直接 and 邮寄 delivery name
 * the scans of the signed receipt, evidence of the case's 送达, carried on
 * {@link org.sanxiang.casework.DecisionDelivered} for the case file (JL-2). Which
 * decisions are major follows the agency's 重大执法决定法制审核目录 in force when the case was
 * received, kept with the case (SH-2): the item's listing, the conditions its facts meet,
 * or a case officer's flag with the reason
 * ({@link org.sanxiang.casework.MajorDecisionFlagged}); only a 负责人 sets one aside, with
 * the reason ({@link org.sanxiang.casework.MajorDecisionFlagCleared}). An archived case
 * is read only: every action is refused (案件已归档，不能修改), and its file is kept for the
 * retention period recorded with it ({@link org.sanxiang.casework.CaseArchived}).
 * <p>
 * API: {@link org.sanxiang.casework.CaseId}, {@link org.sanxiang.casework.Actor},
 * {@link org.sanxiang.casework.ItemVersion}, the events
 * ({@link org.sanxiang.casework.CaseEvent} and its records) and
 * {@link org.sanxiang.casework.DecisionGuard} with the
 * {@link org.sanxiang.casework.ProposedDecision} it is asked about, and
 * {@link org.sanxiang.casework.CaseFacts}, which gives other modules a case as a
 * {@link org.sanxiang.casework.CaseSnapshot} (its facts, clocks and events).
 */
package org.sanxiang.casework;
