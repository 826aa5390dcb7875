/**
 * 投诉举报 — complaints and reports from the public about the agency's enforcement (issue 8
 * item 6). Anyone may submit one without an account, rate-limited per address and behind
 * a small arithmetic question that needs no script; they receive a tracking number
 * (TS-yyyyMMdd-nnnn, gap-free per day) and a query code shown once and stored only as a
 * hash, and follow status, deadline and reply on the tracking page. Staff handle each
 * within the reply period (信访工作条例 (2022) 第三十二条: 60 days from acceptance by default,
 * {@code sanxiang.complaints.reply-days}), counted on the calendar module. A complaint
 * that names an officer goes to the supervision queue (督查) and is never shown to that
 * officer's account, whatever roles it holds; others go to 负责人 and 督查. Every change is a
 * {@link org.sanxiang.complaints.ComplaintEvent} the journal records in the same
 * transaction, without the complaint's text or contact data. Monthly statistics are
 * public and carry no content or names.
 */
package org.sanxiang.complaints;
