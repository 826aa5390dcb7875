package org.sanxiang.documents;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.sanxiang.casework.LicenceChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the status of a case's licence decision documents (准予行政许可决定书
 * {@code licence-grant}, 准予延续行政许可决定书 {@code renewal-grant}) in step with the licence
 * itself, so that the verification page tells whoever holds a printed copy (issue 7, item
 * 4):
 * <ul>
 * <li>变更 (行政许可法 第四十九条) → 已变更, for documents still 有效;</li>
 * <li>撤回 (第八条), 撤销 (第六十九条) and 注销 (第七十条) → 已撤销, for documents 有效 or 已变更: the licence no
 * longer stands, whatever the decision's exact legal fate, and the reason names which of
 * the three it was;</li>
 * <li>延续 changes nothing: the decision stands, the renewal has its own document.</li>
 * </ul>
 * Voided documents never move. Listens synchronously inside the transaction that changes
 * the licence, as the review module's decision coverage does, so the licence and its
 * documents' status commit (and are journaled, {@link DocumentStatusChanged}) together; a
 * repeated event finds nothing left to move.
 */
@Component
class LicenceDocuments {

	/** The templates of the decisions that grant (or renew) the licence. */
	static final Set<String> LICENCE_DECISIONS = Set.of("licence-grant", "renewal-grant");

	private final JdbcIssuedDocuments documents;

	private final ApplicationEventPublisher events;

	LicenceDocuments(JdbcIssuedDocuments documents, ApplicationEventPublisher events) {
		this.documents = documents;
		this.events = events;
	}

	@EventListener
	void on(LicenceChanged changed) {
		DocumentStatus to = switch (changed.action()) {
			case "变更" -> DocumentStatus.CHANGED;
			case "撤回", "撤销", "注销" -> DocumentStatus.REVOKED;
			default -> null;
		};
		if (to == null) {
			return;
		}
		List<DocumentStatus> from = to == DocumentStatus.CHANGED ? List.of(DocumentStatus.VALID)
				: List.of(DocumentStatus.VALID, DocumentStatus.CHANGED);
		String why = changed.recorded().reason();
		String reason = "许可已" + changed.action() + "（" + changed.article()
				+ (changed.on() == null ? "" : "，" + DocumentDates.chinese(changed.on())) + "）"
				+ (why == null || why.isBlank() ? "" : "：" + why.strip());
		String actor = changed.journalActor();
		Instant at = changed.recorded().at();
		for (IssuedDocument d : this.documents.ofCase(changed.caseId().value())) {
			if (!LICENCE_DECISIONS.contains(d.templateCode())) {
				continue;
			}
			DocumentStatus now = DocumentStatus.ofLabel(d.status()).orElse(null);
			if (!from.contains(now)) {
				continue;
			}
			if (this.documents.changeStatus(d.id(), now, to, reason, actor, at)) {
				this.events.publishEvent(new DocumentStatusChanged(d.id(), changed.caseId(), d.number(), now.label(),
						to.label(), reason, "LicenceChanged:" + changed.action(), actor, at));
			}
		}
	}

}
