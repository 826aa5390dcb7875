/**
 * 事后公开 of licensing decisions: the pipeline that gives every decision its 双公示 record
 * (GS-7) in the deciding transaction (and, for decided cases that lack it, from the
 * case's history: {@code PublicationBackfill}), masks its free text (GS-5), takes the 文书号
 * from the issued decision document (and from its replacement when it is voided, with a
 * public 更正 once published), publishes it after one 负责人 approval or automatically (the
 * agency's setting, V28) within 7 working days (GS-3), withdraws or corrects it with a
 * public explanation within 3 working days of a later decision (GS-4), holds it back with
 * a recorded reason (GS-5) and keeps it public for the period the agency set (GS-6); the
 * console pages at {@code /console/publications}; and the public read side
 * ({@code JdbcPublishedDecisions}) the portal, search and open data use. Internal to the
 * disclosure module.
 */
package org.sanxiang.disclosure.publication;
